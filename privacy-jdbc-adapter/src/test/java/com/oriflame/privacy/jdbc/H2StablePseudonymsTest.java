package com.oriflame.privacy.jdbc;

import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** Stable pseudonyms on an H2 file database, closed between engines: a real restart. */
class H2StablePseudonymsTest extends StablePseudonymsChecks {
  @TempDir
  Path dir;

  @Override
  DataSource newDatabase() {
    // no DB_CLOSE_DELAY: the database closes with its last connection and reopens from the file
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("privacy-" + UUID.randomUUID()));
    ds.setUser("sa");
    return ds;
  }

  @Override
  JdbcStores open(DataSource ds) {
    return JdbcStores.create(ds).migrate();
  }
}
