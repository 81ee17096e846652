package com.oriflame.privacy.jdbc;

import javax.sql.DataSource;

/** The guarantees under load and faults, on H2. */
class H2GuaranteesTest extends GuaranteesChecks {
  @Override
  DataSource dataSource() {
    return H2Databases.fresh();
  }

  @Override
  JdbcStores stores(DataSource ds) {
    return H2Databases.stores(ds);
  }

  @Override
  String database() {
    return "H2";
  }
}
