package com.oriflame.privacy.examples;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Recorded;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Ground;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.jdbc.JdbcStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The main demo: a tour of the bundled policy, then the engine on the embedded default, H2 —
 * a CAF registration with the SMS box ticked, a campaign check, a withdrawal by e-mail, an
 * advertising request, an authority's request without and with a legal demand, a filtered campaign
 * and the audit chain.
 *
 * <p>{@code mvn -q -pl privacy-examples -am -DskipTests package exec:java} runs it on an in-memory
 * H2 database; {@code -Dexec.args="--h2-file=target/privacy-demo"} keeps the database in a file;
 * {@code -Dexec.args=ky} (or {@code ru}) prints labels in Kyrgyz (or Russian).
 */
public final class PrivacyDemo {
  private PrivacyDemo() {}

  /**
   * @param args optional {@code ky|ru|en} and {@code --h2-file=PATH}
   */
  public static void main(String[] args) {
    Language language = Language.EN;
    String url = "jdbc:h2:mem:privacy-demo;DB_CLOSE_DELAY=-1";
    for (String arg : args) {
      if (arg.startsWith("--h2-file=")) {
        url = "jdbc:h2:file:" + arg.substring("--h2-file=".length());
      } else {
        language = Language.valueOf(arg.toUpperCase(Locale.ROOT));
      }
    }
    Policy policy = Policies.oriflameKyrgyzstan2017();
    PolicyTour.print(policy, language, System.out);
    System.out.println();
    run(policy, url, language, System.out);
  }

  static void run(Policy policy, String url, Language language, PrintStream out) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    JdbcStores stores = JdbcStores.create(h2).migrate();
    Clock clock = Clock.systemUTC();
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).build();
    out.println("Engine on " + stores + " (" + url + ")");

    SubjectId consultant = SubjectId.of("consultant-" + System.nanoTime());
    engine.subjects().save(SubjectProfile.builder(consultant)
        .birthDate(LocalDate.of(1990, 5, 17))
        .contract(Contract.since(Instant.parse("2024-01-02T10:00:00Z")))
        .providedCategories(policy.categories("identity", "contact", "consultant", "commerce", "behaviour"))
        .productLines(List.of("skin-care"))
        .build());
    Evidence caf = Evidence.of(Channel.CAF_PAPER, "CAF 000123");
    Purpose sms = policy.purpose("marketing.similar-goods.sms");
    Recorded registered = engine.consents().register(consultant, Registration.through(caf).consentingTo(sms));
    out.println("Consent receipt " + registered.receipt().orElseThrow().receiptId() + " for the CAF registration: "
        + registered.receipt().orElseThrow().purposes().stream().map(p -> p.id()).toList());

    Request campaign = Request.of(consultant, sms, policy.categories("identity.full-name", "contact.mobile-phone"))
        .withProductLine("skin-care");
    out.println(engine.check(campaign).explain(language));
    engine.consents().withdraw(consultant, sms, Evidence.of(Channel.EMAIL, "msg-7781"));
    out.println(engine.check(campaign).explain(language));

    // clickstream collected today: technical data is kept 13 months from collection (retention.technical-data)
    Request ads = Request.of(consultant, policy.purpose("advertising.measurement"), policy.categories("behaviour.clickstream"))
        .withOperation(Operation.DISSEMINATION).withRecipient(policy.recipient("advertising-agencies")).withDataCollectedAt(clock.instant());
    out.println(engine.check(ads).explain(language));
    Decision aggregates = engine.check(ads.withDataForm(DataForm.AGGREGATE_ONLY));
    out.println(aggregates.explain(language));
    aggregates.obligations().forEach(o -> out.println("  obligation " + o.kind() + ": " + o.detail()));

    Request authority = Request.of(consultant, policy.purpose("legal.enforcement-and-protection"), policy.categories("identity.full-name"))
        .withOperation(Operation.DISSEMINATION).withRecipient(policy.recipient("authorities"));
    out.println(engine.check(authority).explain(language));
    out.println(engine.check(authority.withGround(Ground.legalDemand("court request No. 45"))).explain(language));

    List<SubjectId> base = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      SubjectId s = SubjectId.of("base-" + i + "-" + System.nanoTime());
      base.add(s);
      engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1985, 1, 1))
          .contract(Contract.since(Instant.parse("2024-01-02T10:00:00Z")))
          .providedCategories(policy.categories("identity", "contact", "commerce")).productLines(List.of("skin-care")).build());
      Registration registration = Registration.through(caf);
      engine.consents().register(s, i % 3 == 0 ? registration.consentingTo(sms) : registration);
    }
    Set<SubjectId> audience = engine.filter(base, campaign);
    out.println("SMS campaign: " + audience.size() + " of " + base.size() + " consultants may receive it");
    var audit = engine.verifyAudit();
    out.println("Audit chain: " + audit.verified() + " records, " + (audit.intact() ? "intact" : "BROKEN at " + audit.firstBroken().getAsLong()));
  }
}
