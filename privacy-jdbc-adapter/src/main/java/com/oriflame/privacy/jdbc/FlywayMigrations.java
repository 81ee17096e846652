package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.StoreException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The only class that touches Flyway; loaded only when {@link JdbcStores#migrate()} runs. */
final class FlywayMigrations {
  private FlywayMigrations() {}

  static void run(DataSource dataSource, JdbcStores stores) {
    try {
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
      config.load().migrate();
    } catch (FlywayException e) {
      throw new StoreException("Privacy schema migration failed: " + e.getClass().getSimpleName(), e);
    }
  }
}
