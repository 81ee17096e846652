package com.oriflame.privacy.examples;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consultant.TrackedObligation;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.EntrustedUse;
import com.oriflame.privacy.decision.EntrustedUseKind;
import com.oriflame.privacy.jdbc.JdbcStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A Consultant's termination (§7) on H2: while registered, the Consultant may process a customer's
 * data with the customer's consent (R30), receives files from the company encrypted (R24) and may
 * not pass them on (R30). The company cancels the registration: at that instant the Consultant owes
 * the return and the destruction of the entrusted data, due a day later (R31). Two days on, the
 * nightly check lists both as overdue; the return is closed with its act, the destruction stays
 * overdue, and the Consultant may no longer process the data. Every step is in the audit trail.
 *
 * <p>{@code mvn -q -pl privacy-examples -am -DskipTests package exec:java
 * -Dexec.mainClass=com.oriflame.privacy.examples.ConsultantTermination} runs it.
 */
public final class ConsultantTermination {
  private ConsultantTermination() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    run("jdbc:h2:mem:consultant-termination-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", System.out);
  }

  static void run(String url, PrintStream out) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    JdbcStores stores = JdbcStores.create(h2).migrate();
    Policy policy = Policies.oriflameKyrgyzstan2017();
    Instant cancelled = Instant.parse("2025-04-01T09:00:00Z");
    PrivacyEngine office = PrivacyEngine.builder().policy(policy).stores(stores)
        .clock(Clock.fixed(cancelled, ZoneOffset.UTC)).build();

    SubjectId consultant = register(office, policy, "consultant-aigul");
    SubjectId customer = register(office, policy, "customer-bakyt");
    office.consents().grant(customer, policy.purpose(EntrustedUse.ENTRUSTED_PURPOSE),
        Evidence.of(Channel.WRITTEN, "customer's consent to the Consultant, form 5"));
    Set<CategoryId> contact = policy.categories("identity.full-name", "contact.mobile-phone");

    // while the registration is in force
    out.println(office.consultants().check(EntrustedUse.process(consultant, customer, contact)).explain(Language.EN));
    Decision received = office.consultants().check(EntrustedUse.of(consultant, customer, EntrustedUseKind.RECEIVE_FROM_COMPANY, contact));
    received.obligations().forEach(o -> out.println("  obligation " + o.kind() + ": " + o.detail()));
    out.println(office.consultants().check(EntrustedUse.of(consultant, customer, EntrustedUseKind.ONWARD_TRANSFER, contact))
        .explain(Language.EN));

    // the company cancels the registration: the obligations exist from this instant
    List<TrackedObligation> owed = office.consultants().cancelRegistration(consultant, "cancellation order 2025-17");
    owed.forEach(o -> out.println("Owed: " + o.duty() + " due " + o.dueAt() + " (rev. " + o.policyVersion() + ")"));

    // two days later, the nightly job of another process on the same database
    PrivacyEngine nightly = PrivacyEngine.builder().policy(policy).stores(JdbcStores.create(h2))
        .clock(Clock.fixed(cancelled.plus(Duration.ofDays(2)), ZoneOffset.UTC)).build();
    nightly.consultants().overdue().forEach(o -> out.println("Overdue: " + o.duty() + " since " + o.dueAt()));
    TrackedObligation returned = nightly.consultants().close(owed.get(0).id(), "returned on USB stick, act 2025-17/1");
    out.println("Closed: " + returned.duty() + " " + returned.statusAt(returned.closure().orElseThrow().at()));
    out.println("Still overdue: " + nightly.consultants().overdue().stream().map(TrackedObligation::duty).toList());
    out.println(nightly.consultants().check(EntrustedUse.process(consultant, customer, contact)).explain(Language.EN));
    out.println("Audit intact: " + nightly.verifyAudit().intact());
  }

  private static SubjectId register(PrivacyEngine engine, Policy policy, String id) {
    SubjectId s = SubjectId.of(id);
    Instant since = Instant.parse("2024-01-02T10:00:00Z");
    engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1988, 6, 1)).contract(Contract.since(since))
        .providedCategories(policy.categories("identity", "contact", "consultant", "commerce")).build(), since);
    engine.consents().register(s, Registration.through(Evidence.of(Channel.CAF_PAPER, "CAF " + id)));
    return s;
  }
}
