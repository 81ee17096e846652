package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.StoreException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The only class that touches Flyway; loaded only when {@link JdbcStores#migrate()} runs. */
final class FlywayMigrations {
  private FlywayMigrations() {}

  static void run(DataSource dataSource, JdbcStores stores) {
    try {
      configure(dataSource, stores).load().migrate();
    } catch (FlywayException e) {
      throw new StoreException("Privacy schema migration failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * @param dataSource the database
   * @param stores the stores whose schema, prefix and dialect the migrations use
   * @return the Flyway configuration {@link #run} migrates with, e.g. to stop at an older version
   */
  static FluentConfiguration configure(DataSource dataSource, JdbcStores stores) {
    var config = Flyway.configure(JdbcStores.class.getClassLoader())
        .dataSource(dataSource)
        .locations(stores.migrationLocation())
        .placeholders(stores.placeholders())
        .table(stores.tablePrefix() + "schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0");
    if (stores.schema() != null) {
      // the SQL names the schema unquoted: H2 folds it to upper case, PostgreSQL to lower case
      String schema = stores.folded(stores.schema());
      config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    return config;
  }
}
