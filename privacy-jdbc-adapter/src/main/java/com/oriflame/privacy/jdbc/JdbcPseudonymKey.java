package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.StoreException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The generated pseudonym key in its own one-row table ({@code <prefix>pseudonym_key}, migration
 * V3). The first caller on an empty table generates 32 random bytes and inserts them while holding
 * the audit head lock, so concurrent first callers, in any process, are serialised and all read the
 * one key that was inserted. Once read, the key is kept for the life of the stores.
 */
final class JdbcPseudonymKey {
  private static final int KEY_BYTES = 32;
  /** SQLState of a unique violation, on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final Sql sql;
  private final JdbcAuditLog audit;
  private final String table;
  private volatile byte[] key;

  JdbcPseudonymKey(Sql sql, JdbcAuditLog audit) {
    this.sql = sql;
    this.audit = audit;
    this.table = sql.tables().pseudonymKey;
  }

  /** @return a copy of the key, generated and stored on first use */
  byte[] get() {
    byte[] k = key;
    if (k == null) {
      k = sql.read("read the pseudonym key", this::select);
      if (k == null) {
        k = generate();
      }
      key = k;
    }
    return k.clone();
  }

  private byte[] generate() {
    try {
      return sql.write("store a generated pseudonym key", c -> {
        audit.lockHead(c); // serialises first callers across processes, like every other write
        byte[] stored = select(c);
        if (stored != null) {
          return stored;
        }
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, secret, created_at) VALUES (1, ?, ?)")) {
          ps.setBytes(1, fresh);
          Sql.setInstant(ps, 2, Instant.now());
          ps.executeUpdate();
        }
        return fresh;
      });
    } catch (StoreException e) {
      if (e.sqlState().filter(UNIQUE_VIOLATION::equals).isPresent()) {
        // another writer inserted it first (a database without the head lock's guarantee): read theirs
        byte[] theirs = sql.read("read the pseudonym key", this::select);
        if (theirs != null) {
          return theirs;
        }
      }
      throw e;
    }
  }

  private byte[] select(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM " + table + " WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      byte[] stored = rs.getBytes(1);
      if (stored == null || stored.length < 16) {
        throw new IllegalArgumentException("a stored pseudonym key is shorter than 16 bytes");
      }
      return stored;
    }
  }
}
