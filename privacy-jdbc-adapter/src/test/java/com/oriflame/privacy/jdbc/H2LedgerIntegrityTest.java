package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.LedgerIntegrityContract;
import org.h2.jdbcx.JdbcDataSource;

/** The ledger-integrity contract on H2, tampered with by SQL. */
class H2LedgerIntegrityTest extends LedgerIntegrityContract {
  private JdbcDataSource dataSource;

  @Override
  protected Stores newStores(AuditChain chain) {
    dataSource = H2Databases.fresh();
    return JdbcStores.builder(dataSource).auditChain(chain).build().migrate();
  }

  @Override
  protected Tamper tamper(Stores stores) {
    return new SqlTamper(dataSource, (JdbcStores) stores);
  }
}
