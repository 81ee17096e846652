package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.spi.BusinessTransferStore;
import com.oriflame.privacy.spi.StoredRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Recorded business transfers, one row each, keyed by the transfer's id. {@link #all()} sorts by id
 * in Java, so the order does not depend on the database's collation.
 */
final class JdbcBusinessTransferStore implements BusinessTransferStore {
  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;

  JdbcBusinessTransferStore(Sql sql, JdbcAuditLog audit) {
    this.sql = sql;
    this.t = sql.tables();
    this.audit = audit;
  }

  @Override
  public void record(BusinessTransfer transfer, AuditDraft draft) {
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(draft, "audit");
    sql.write("record a business transfer", c -> {
      var head = audit.lockHead(c);
      // the head lock serialises writers, so update-then-insert cannot race another record
      if (update(c, transfer) == 0) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.businessTransfers
            + " (buyer, reference, starts_at, ends_at, transfer_id) VALUES (?, ?, ?, ?, ?)")) {
          bind(ps, transfer);
          ps.executeUpdate();
        }
      }
      audit.appendLocked(c, head, draft);
      return null;
    });
  }

  private int update(Connection c, BusinessTransfer transfer) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.businessTransfers
        + " SET buyer = ?, reference = ?, starts_at = ?, ends_at = ? WHERE transfer_id = ?")) {
      bind(ps, transfer);
      return ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, BusinessTransfer transfer) throws SQLException {
    ps.setString(1, transfer.buyer());
    ps.setString(2, transfer.reference());
    Sql.setInstant(ps, 3, transfer.start());
    Sql.setInstant(ps, 4, transfer.end().orElse(null));
    ps.setString(5, transfer.id());
  }

  @Override
  public List<BusinessTransfer> all() {
    return sql.read("read business transfers", c -> {
      List<BusinessTransfer> result = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT transfer_id, buyer, reference, starts_at, ends_at FROM "
          + t.businessTransfers);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(new BusinessTransfer(rs.getString(1), rs.getString(2), rs.getString(3), Sql.getInstant(rs, 4),
              Optional.ofNullable(Sql.getInstant(rs, 5))));
        }
      }
      result.sort(Comparator.comparing(BusinessTransfer::id));
      return List.copyOf(result);
    });
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    sql.read("scan business transfers", c -> {
      Sql.streaming(c, "SELECT transfer_id, buyer, reference, starts_at, ends_at FROM " + t.businessTransfers, rs -> {
        String key = rs.getString(1);
        try {
          BusinessTransfer transfer = new BusinessTransfer(key, rs.getString(2), rs.getString(3), Sql.getInstant(rs, 4),
              Optional.ofNullable(Sql.getInstant(rs, 5)));
          rows.accept(StoredRow.of(transfer.id(), transfer.canonical()));
        } catch (RuntimeException e) {
          rows.accept(StoredRow.unreadable(key == null ? "" : key, "it cannot be decoded (" + e.getClass().getSimpleName() + ")"));
        }
      });
      return null;
    });
  }
}
