package com.oriflame.privacy.jdbc;

import javax.sql.DataSource;

/** Bad rows are contained on H2. */
class H2BadRowsTest extends BadRowsChecks {
  @Override
  DataSource dataSource() {
    return H2Databases.fresh();
  }

  @Override
  JdbcStores stores(DataSource ds) {
    return H2Databases.stores(ds);
  }
}
