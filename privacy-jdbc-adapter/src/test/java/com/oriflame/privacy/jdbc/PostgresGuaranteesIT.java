package com.oriflame.privacy.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/** The guarantees under load and faults, on a real PostgreSQL server through a connection pool, as hosts run it. */
class PostgresGuaranteesIT extends GuaranteesChecks {
  private final List<HikariDataSource> pools = new ArrayList<>();

  @Override
  DataSource dataSource() {
    HikariConfig config = new HikariConfig();
    config.setDataSource(PostgresServer.shared().dataSource());
    config.setMaximumPoolSize(10);
    config.setPoolName("privacy-guarantees");
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  @Override
  JdbcStores stores(DataSource ds) {
    return PostgresServer.shared().freshStores(ds);
  }

  @Override
  String database() {
    return "PostgreSQL";
  }

  @AfterEach
  void closePools() {
    pools.forEach(HikariDataSource::close);
  }
}
