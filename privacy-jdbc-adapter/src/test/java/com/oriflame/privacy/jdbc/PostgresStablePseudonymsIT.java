package com.oriflame.privacy.jdbc;

import javax.sql.DataSource;

/** Stable pseudonyms on a real PostgreSQL server, each test in a schema of its own. */
class PostgresStablePseudonymsIT extends StablePseudonymsChecks {
  private String schema;

  @Override
  DataSource newDatabase() {
    schema = PostgresServer.shared().freshSchema();
    return PostgresServer.shared().dataSource();
  }

  @Override
  JdbcStores open(DataSource ds) {
    return JdbcStores.builder(ds).schema(schema).build().migrate();
  }
}
