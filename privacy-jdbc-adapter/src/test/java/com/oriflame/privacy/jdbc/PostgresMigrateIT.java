package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.spi.StoreException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link JdbcStores#migrate()} on PostgreSQL names the Flyway artifacts the class path lacks. */
class PostgresMigrateIT {

  @Test
  @DisplayName("migrate() on PostgreSQL without the PostgreSQL plugin names org.flywaydb:flyway-database-postgresql")
  void missingPlugin() {
    JdbcStores stores = JdbcStores.builder(PostgresServer.shared().dataSource()).schema(PostgresServer.shared().freshSchema())
        .build();
    StoreException e = assertThrows(StoreException.class,
        () -> stores.migrate(MigrateDependenciesTest.hiding("org.flywaydb.database.postgresql.")));
    assertTrue(e.getMessage().startsWith("JdbcStores.migrate() on PostgreSQL needs org.flywaydb:flyway-core and"
        + " org.flywaydb:flyway-database-postgresql on the class path; missing: org.flywaydb:flyway-database-postgresql. Add it"),
        e::getMessage);
    StoreException both = assertThrows(StoreException.class, () -> stores.migrate(MigrateDependenciesTest.hiding("org.flywaydb.")));
    assertTrue(both.getMessage().contains("missing: org.flywaydb:flyway-core, org.flywaydb:flyway-database-postgresql. Add them"),
        both::getMessage);
    assertEquals(stores, stores.migrate(), "with both present it migrates");
  }
}
