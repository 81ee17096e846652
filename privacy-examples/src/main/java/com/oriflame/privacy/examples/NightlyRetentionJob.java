package com.oriflame.privacy.examples;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.jdbc.JdbcStores;
import com.oriflame.privacy.memory.InMemoryPersonalDataSource;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.retention.ExecutionReport;
import com.oriflame.privacy.retention.LegalHold;
import com.oriflame.privacy.retention.RetentionPlan;
import com.oriflame.privacy.spi.PersonalDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The nightly retention job (§6.2, R29), on H2: contract data is depersonalized five years after
 * the end of a contract, except for a subject with an open debt hold. The job plans (a dry run a
 * person can read), then applies the plan through the host's source; run it again and nothing is
 * applied twice. Kept running by a test.
 */
public final class NightlyRetentionJob {
  private NightlyRetentionJob() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static InMemoryPersonalDataSource run(PrintStream out) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:retention-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Policy policy = Policies.oriflameKyrgyzstan2017();
    // the day the host registered its consultants' contracts
    Clock registration = Clock.fixed(Instant.parse("2019-07-01T00:00:00Z"), ZoneOffset.UTC);
    JdbcStores stores = JdbcStores.create(h2).migrate();
    PrivacyEngine setup = PrivacyEngine.builder().policy(policy).stores(stores).clock(registration).build();
    // the host's web shop; InMemoryPersonalDataSource stands in for its adapter
    InMemoryPersonalDataSource shop = InMemoryPersonalDataSource.create("web-shop", policy,
        List.of(CategoryId.of("identity"), CategoryId.of("financial")));
    for (String id : List.of("consultant-1", "consultant-2")) {
      SubjectId s = SubjectId.of(id);
      setup.subjects().save(SubjectProfile.builder(s)
          .contract(Contract.since(Instant.parse("2015-03-01T00:00:00Z")).withEnd(Instant.parse("2019-06-30T00:00:00Z")))
          .build());
      shop.put(s, CategoryId.of("identity.full-name"), "name", "name of " + id)
          .put(s, CategoryId.of("financial.bank-details"), "IBAN", "KG00 0000 " + id);
    }
    // consultant-2 still owes for an order: the debt keeps their data (§6.2)
    setup.retention().holds().place(LegalHold.builder(SubjectId.of("consultant-2"), HoldReason.DEBT_COLLECTION, "Invoice 2019-0042")
        .id("debt-consultant-2"));

    // README:begin
    // every night, e.g. from the host's scheduler
    PrivacyEngine engine = PrivacyEngine.builder()
        .policy(policy).stores(stores)
        .clock(Clock.fixed(Instant.parse("2024-07-01T01:00:00Z"), ZoneOffset.UTC))
        .build();
    List<PersonalDataSource> sources = List.of(shop);
    RetentionPlan plan = engine.retention().plan(sources);         // what is due now: data, and a dry run
    out.print(plan.report());
    ExecutionReport run = engine.retention().execute(plan, sources,
        progress -> out.println("  " + progress.processed() + "/" + progress.total() + " done"));
    out.println("applied " + run.applied() + ", failed " + run.failed().size() + "; audit intact: " + engine.verifyAudit().intact());
    ExecutionReport again = engine.retention().execute(plan, sources, p -> { });
    out.println("second run applied " + again.applied() + ", already applied " + again.alreadyApplied());
    // README:end
    return shop;
  }
}
