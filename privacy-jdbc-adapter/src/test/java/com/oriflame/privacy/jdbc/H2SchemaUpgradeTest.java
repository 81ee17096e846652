package com.oriflame.privacy.jdbc;

import javax.sql.DataSource;

/** Upgrading an H2 database from schema V1. */
class H2SchemaUpgradeTest extends SchemaUpgradeChecks {
  @Override
  protected DataSource dataSource() {
    return H2Databases.fresh();
  }

  @Override
  protected JdbcStores unmigratedStores(DataSource ds) {
    return JdbcStores.create(ds);
  }
}
