package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Recorded;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PurposeId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JVM that {@link PostgresKillIT} kills: retries the previous cycle's events up to the one that
 * was in flight, prints {@code ready}, then appends this cycle's events forever, printing {@code
 * ack <id>} after each append returned. Any exception ends it with {@code error <type>}.
 */
final class AppendingChild {
  static final byte[] KEY = "the kill test's pseudonym key".getBytes(StandardCharsets.UTF_8);
  private static final Instant T0 = Instant.parse("2024-02-01T00:00:00Z");
  private static final Policy POLICY = Policies.oriflameKyrgyzstan2017();

  private AppendingChild() {}

  /** The {@code i}th event of {@code cycle}: the same value whenever it is made, so retries are identical. */
  static ConsentEvent event(int cycle, int i) {
    SubjectId s = SubjectId.of("subject-" + (i % 7));
    Instant at = T0.plusSeconds(cycle * 100_000L + i);
    EventId id = EventId.of("c" + cycle + "-" + i);
    Set<PurposeId> sms = Set.of(PurposeId.of("marketing.similar-goods.sms"));
    Evidence evidence = Evidence.of(Channel.ACCOUNT_SETTINGS, "settings " + i);
    return i % 3 == 2
        ? new ConsentWithdrawn(id, s, sms, POLICY.version(), at, at, evidence)
        : new ConsentGranted(id, s, sms, POLICY.version(), at, at, evidence);
  }

  static PrivacyEngine engine(String url, String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    if (!url.contains("user=")) {
      ds.setUser("postgres");
    }
    return PrivacyEngine.builder().policy(POLICY).stores(JdbcStores.builder(ds).schema(schema).build())
        .pseudonymKey(KEY).build();
  }

  /**
   * @param args JDBC URL, schema, this cycle, the number of the previous cycle's events to retry
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      PrivacyEngine engine = engine(args[0], args[1]);
      int cycle = Integer.parseInt(args[2]);
      int retries = Integer.parseInt(args[3]);
      for (int i = 0; i < retries; i++) {
        Recorded r = engine.consents().append(event(cycle - 1, i));
        out.println("retried " + r.event().id().value() + " " + r.appended());
      }
      out.println("ready");
      for (int i = 0; ; i++) {
        Recorded r = engine.consents().append(event(cycle, i));
        out.println("ack " + r.event().id().value());
      }
    } catch (RuntimeException e) {
      out.println("error " + e.getClass().getName());
      System.exit(1);
    }
  }
}
