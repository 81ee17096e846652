package com.oriflame.privacy.jdbc;

import javax.sql.DataSource;

/** Upgrading a PostgreSQL schema from schema V1. */
class PostgresSchemaUpgradeIT extends SchemaUpgradeChecks {
  @Override
  protected DataSource dataSource() {
    return PostgresServer.shared().dataSource();
  }

  @Override
  protected JdbcStores unmigratedStores(DataSource ds) {
    return JdbcStores.builder(ds).schema(PostgresServer.shared().freshSchema()).build();
  }
}
