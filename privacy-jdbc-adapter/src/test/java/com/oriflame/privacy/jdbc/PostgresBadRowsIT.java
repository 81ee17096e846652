package com.oriflame.privacy.jdbc;

import javax.sql.DataSource;

/** Bad rows are contained on a real PostgreSQL server. */
class PostgresBadRowsIT extends BadRowsChecks {
  @Override
  DataSource dataSource() {
    return PostgresServer.shared().dataSource();
  }

  @Override
  JdbcStores stores(DataSource ds) {
    return PostgresServer.shared().freshStores(ds);
  }
}
