package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The JVM that {@link NoPersonalDataTest} runs at log level TRACE: every public operation, on data
 * full of personal details, through a healthy store, a store that went away, a corrupt row and a
 * tampered ledger; prints every result's {@code toString()} and every exception's message to
 * standard output, so that output and the log (standard error) can be searched for the details.
 */
final class TracingChild {
  /** Personal details the child uses; none may appear in its output or log. */
  static final List<String> SECRETS = List.of("Айгүл Асанова", "+996555123456", "aigul@example.kg",
      "1987-06-29", "Бакыт", "ул. Киевская 44");

  private TracingChild() {}

  private static PrintStream out;

  private static void show(String what, Supplier<Object> action) {
    try {
      Object result = action.get();
      out.println(what + ": " + result);
    } catch (RuntimeException e) {
      out.println(what + " threw " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + (e.getCause() == null ? "" : " / cause " + e.getCause()));
    }
  }

  public static void main(String[] args) throws Exception {
    out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ProxyDataSource ds = new ProxyDataSource(H2Databases.fresh());
    JdbcStores stores = H2Databases.stores(ds);
    Policy policy = Policies.oriflameKyrgyzstan2017();
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).auditDecisions(true).build();
    SubjectId aigul = SubjectId.of("Айгүл Асанова +996555123456");
    SubjectId bakyt = SubjectId.of("Бакыт aigul@example.kg");
    BrowserId browser = BrowserId.of("browser of Айгүл Асанова");
    Purpose sms = policy.purpose("marketing.similar-goods.sms");
    Set<CategoryId> roots = new LinkedHashSet<>();
    policy.categories().stream().filter(c -> c.id().parent().isEmpty()).forEach(c -> roots.add(c.id()));
    Instant since = Instant.parse("2024-01-02T10:00:00Z");
    for (SubjectId s : List.of(aigul, bakyt)) {
      show("save", () -> {
        engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1987, 6, 29)).contract(Contract.since(since))
            .providedCategories(roots).productLines(List.of("skin-care")).build(), since);
        return engine.subjects().find(s);
      });
      show("register", () -> engine.consents().register(s, Registration.through(
          Evidence.of(Channel.CAF_PAPER, "CAF of Айгүл Асанова, ул. Киевская 44").withForm(FormId.of("form.caf.paper")))));
    }
    Evidence mail = Evidence.of(Channel.EMAIL, "from aigul@example.kg, +996555123456");
    Request smsToAigul = Request.of(aigul, sms, policy.categories("identity.full-name", "contact.mobile-phone"))
        .withProductLine("skin-care");
    Evidence tick = Evidence.of(Channel.ACCOUNT_SETTINGS, "ticked by Айгүл Асанова from +996555123456");
    show("grant", () -> engine.consents().grant(aigul, sms, tick));
    show("check", () -> engine.check(smsToAigul));
    show("filter", () -> engine.filter(List.of(aigul, bakyt), smsToAigul));
    show("withdraw", () -> engine.consents().withdraw(aigul, sms, mail));
    show("check", () -> engine.check(smsToAigul));
    show("object", () -> engine.consents().object(aigul, policy.objection("objection.marketing"), mail));
    show("cookies", () -> engine.consents().setCookiePreferences(browser,
        Set.of(policy.cookieCategory("cookie.functional").id()), Set.of(policy.cookieCategory("cookie.behavioural-advertising").id()), mail));
    show("link", () -> engine.consents().linkVisitor(browser, aigul, mail));
    show("cookie check", () -> engine.checkCookies(browser, policy.cookieCategory("cookie.performance").id()));
    show("state", () -> engine.consents().state(aigul, Instant.now()));
    show("history", () -> engine.consents().history(aigul));
    show("profile history", () -> engine.subjects().history(aigul));
    show("transfer", () -> {
      engine.businessTransfers().record(BusinessTransfer.open("t-1", "Buyer LLC", "deal signed at ул. Киевская 44",
          Instant.parse("2024-03-01T00:00:00Z")));
      return engine.businessTransfers().all();
    });
    ConsentEvent first = engine.consents().history(aigul).get(1);
    show("conflicting retry", () -> engine.consents().append(new ConsentGranted(first.id(), aigul,
        Set.of(sms.id()), policy.version(), first.effectiveAt(), first.recordedAt(),
        Evidence.of(Channel.ACCOUNT_SETTINGS, "another tick by Айгүл Асанова"))));
    show("unknown purpose", () -> policy.purpose("marketing.similar-goods.smss"));
    show("bad id", () -> SubjectId.of(""));

    ds.down = true;
    show("check while down", () -> engine.check(smsToAigul));
    show("filter while down", () -> engine.filter(List.of(aigul, bakyt), smsToAigul));
    show("grant while down", () -> engine.consents().grant(aigul, sms, tick));
    show("history while down", () -> engine.consents().history(aigul));
    show("save while down", () -> {
      engine.subjects().save(engine.subjects().find(aigul).orElseThrow());
      return null;
    });
    show("verify while down", engine::verifyAudit);
    ds.down = false;

    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE privacy_consent_events SET payload = ? WHERE event_id = ?")) {
      ps.setString(1, "{\"holder\": \"Айгүл Асанова +996555123456\", \"effectiveAt\": \"1987-06-29\"");
      ps.setString(2, first.id().value());
      ps.executeUpdate();
    }
    show("check on a corrupt row", () -> engine.check(smsToAigul));
    show("filter on a corrupt row", () -> engine.filter(List.of(aigul, bakyt), smsToAigul));
    show("history on a corrupt row", () -> engine.consents().history(aigul));
    show("verify a corrupt ledger", engine::verifyAudit);
    show("engine", engine::toString);
    show("stores", stores::toString);
    out.println("done");
  }
}
