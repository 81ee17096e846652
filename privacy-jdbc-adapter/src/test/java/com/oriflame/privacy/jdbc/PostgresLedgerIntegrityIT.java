package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.LedgerIntegrityContract;

/** The ledger-integrity contract on a real PostgreSQL server, tampered with by SQL. */
class PostgresLedgerIntegrityIT extends LedgerIntegrityContract {
  @Override
  protected Stores newStores(AuditChain chain) {
    PostgresServer pg = PostgresServer.shared();
    return JdbcStores.builder(pg.dataSource()).schema(pg.freshSchema()).auditChain(chain).build().migrate();
  }

  @Override
  protected Tamper tamper(Stores stores) {
    return new SqlTamper(PostgresServer.shared().dataSource(), (JdbcStores) stores);
  }
}
