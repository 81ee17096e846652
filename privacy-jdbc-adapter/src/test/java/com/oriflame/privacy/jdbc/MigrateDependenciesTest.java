package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.spi.StoreException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link JdbcStores#migrate()} names exactly the Flyway artifacts a database needs and the class path lacks. */
class MigrateDependenciesTest {
  private static final String CORE = "org.flywaydb:flyway-core";
  private static final String POSTGRESQL = "org.flywaydb:flyway-database-postgresql";

  /** A class loader that cannot see classes under {@code prefix}, as if their artifact were not on the class path. */
  static ClassLoader hiding(String prefix) {
    return new ClassLoader(MigrateDependenciesTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(prefix)) {
          throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
      }
    };
  }

  @Test
  @DisplayName("H2 needs flyway-core; PostgreSQL needs flyway-core and flyway-database-postgresql")
  void needed() {
    assertEquals(List.of(CORE), JdbcStores.neededArtifacts(Dialect.H2));
    assertEquals(List.of(CORE, POSTGRESQL), JdbcStores.neededArtifacts(Dialect.POSTGRESQL));
    ClassLoader all = MigrateDependenciesTest.class.getClassLoader();
    assertEquals(List.of(), JdbcStores.missingArtifacts(Dialect.POSTGRESQL, all));
  }

  @Test
  @DisplayName("each missing artifact is named by groupId:artifactId, and only the missing ones")
  void missing() {
    assertEquals(List.of(POSTGRESQL), JdbcStores.missingArtifacts(Dialect.POSTGRESQL, hiding("org.flywaydb.database.postgresql.")));
    assertEquals(List.of(), JdbcStores.missingArtifacts(Dialect.H2, hiding("org.flywaydb.database.postgresql.")),
        "H2 does not need the PostgreSQL plugin");
    assertEquals(List.of(CORE, POSTGRESQL), JdbcStores.missingArtifacts(Dialect.POSTGRESQL, hiding("org.flywaydb.")));
    assertEquals(List.of(CORE), JdbcStores.missingArtifacts(Dialect.H2, hiding("org.flywaydb.")));
  }

  @Test
  @DisplayName("migrate() on H2 without Flyway says what to add, or how to run the migrations with the host's Flyway")
  void migrateMessage() {
    JdbcStores stores = JdbcStores.create(H2Databases.fresh());
    StoreException e = assertThrows(StoreException.class, () -> stores.migrate(hiding("org.flywaydb.")));
    assertEquals("JdbcStores.migrate() on H2 needs org.flywaydb:flyway-core on the class path; missing:"
        + " org.flywaydb:flyway-core. Add it (one version for every Flyway artifact), or run"
        + " classpath:db/migration/privacy/h2 with your own Flyway and placeholders {privacy_prefix=privacy_, privacy_schema=}",
        e.getMessage());
    assertTrue(stores.migrate().toString().contains("H2"), "with Flyway present it migrates");
  }
}
