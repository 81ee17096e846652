package com.oriflame.privacy.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh in-memory H2 databases for tests. */
final class H2Databases {
  private H2Databases() {}

  /** @return a data source on a new, empty in-memory database */
  static JdbcDataSource fresh() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:privacy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return ds;
  }

  /** @return migrated stores on a new database */
  static JdbcStores stores() {
    return JdbcStores.create(fresh()).migrate();
  }

  /** @return migrated stores on {@code ds} */
  static JdbcStores stores(DataSource ds) {
    return JdbcStores.create(ds).migrate();
  }
}
