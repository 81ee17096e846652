package com.oriflame.privacy.examples;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.jdbc.JdbcStores;
import com.oriflame.privacy.memory.InMemoryPersonalDataSource;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.rights.AccessExport;
import com.oriflame.privacy.DataSources;
import com.oriflame.privacy.rights.ErasureReport;
import com.oriflame.privacy.rights.RequestIntake;
import com.oriflame.privacy.rights.RequestKind;
import com.oriflame.privacy.rights.RequestRecord;
import com.oriflame.privacy.rights.RequestStateException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The support desk answers two requests of a customer across two host systems (the web shop and
 * the support desk's own tickets), on H2: an access request, printed as the readable report in
 * Russian, and an erasure, printed with what was kept, why and until when (§6.2). Each request is
 * received through {@code engine.rights()}, its requester's identity verified (R28), and then
 * carried out by {@code engine.hostSystems()}, which completes it.
 *
 * <p>In a real host each system implements {@code PersonalDataSource}; here they are in-memory
 * stand-ins. Run: {@code mvn -pl privacy-examples exec:java
 * -Dexec.mainClass=com.oriflame.privacy.examples.SupportDesk}.
 */
public final class SupportDesk {
  private SupportDesk() {}

  /** @param args unused */
  public static void main(String[] args) {
    run(Policies.oriflameKyrgyzstan2017(), "jdbc:h2:mem:support-desk;DB_CLOSE_DELAY=-1", System.out);
  }

  static void run(Policy policy, String url, PrintStream out) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    JdbcStores stores = JdbcStores.create(h2).migrate();

    // the host's systems that hold personal data
    InMemoryPersonalDataSource shop = InMemoryPersonalDataSource.create("web-shop", policy,
        policy.categories("identity", "contact", "commerce", "credential"));
    InMemoryPersonalDataSource tickets = InMemoryPersonalDataSource.create("support-tickets", policy,
        policy.categories("contact", "content"));
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(Clock.systemUTC())
        .dataSources(DataSources.of(shop, tickets)).build();

    SubjectId customer = SubjectId.of("customer-" + System.nanoTime());
    engine.subjects().save(SubjectProfile.builder(customer)
        .birthDate(LocalDate.of(1988, 3, 8))
        .contract(Contract.since(Instant.parse("2023-04-01T08:00:00Z")).withEnd(Instant.parse("2025-01-31T12:00:00Z")))
        .providedCategories(policy.categories("identity.full-name", "contact.email", "commerce.purchase-history"))
        .legalHolds(Set.of(HoldReason.LEGAL_COMPLIANCE)) // purchases are tax records
        .build());
    engine.consents().acceptPolicy(customer, Evidence.of(Channel.CAF_WEB, "web CAF").withForm(FormId.of("form.caf.web")));
    shop.put(customer, CategoryId.of("identity.full-name"), "name", "Айгуль Садырова")
        .put(customer, CategoryId.of("contact.email"), "e-mail", "aigul@example.kg")
        .put(customer, CategoryId.of("commerce.purchase-history"), "order 1042", "2024-11-02, 3 450 KGS")
        .put(customer, CategoryId.of("credential.password"), "password", "never-shown");
    tickets.put(customer, CategoryId.of("content.user-submitted"), "ticket 88", "Посылка не пришла");

    // 1. an access request by e-mail: received (R26, due in 7 days), identity verified by staff (R28),
    //    then one document with everything, as the report in Russian; the request is then completed
    RequestRecord access = engine.rights().receive(RequestIntake.of(RequestKind.ACCESS, customer, Channel.EMAIL)
        .withReference("ticket 2025-0001"));
    engine.rights().verifyIdentity(access.id(), "agent-17", "passport seen at the office");
    AccessExport export = engine.hostSystems().export(access.id(), Language.RU);
    out.println(export.report(policy));
    out.println("Access request: " + engine.rights().get(access.id()).state());

    // 2. an erasure request of some categories: nothing runs before the identity is verified (R28);
    //    then what may go goes, the tax records stay, and the report says until when
    RequestRecord request = engine.rights().receive(RequestIntake.of(RequestKind.ERASURE, customer, Channel.EMAIL)
        .withCategories(policy.categories("commerce", "content", "credential")));
    try {
      engine.hostSystems().erase(request.id());
    } catch (RequestStateException e) {
      out.println("Not yet: " + e.state());
    }
    engine.rights().verifyIdentity(request.id(), "agent-17", "passport seen at the office");
    ErasureReport erasure = engine.hostSystems().erase(request.id());
    out.println(erasure.describe(policy, Language.RU, engine.zone()));
    RequestRecord erased = engine.rights().get(request.id());
    out.println("Erasure request: " + erased.state() + " (" + erased.last().note() + ")");
    out.println("Steps: " + erasure.progress().steps().size() + ", complete: " + erasure.complete()
        + ", audit intact: " + engine.verifyAudit().intact());
    List<String> kept = erasure.kept().stream().map(o -> o.category().value()).toList();
    out.println("Kept: " + kept);
  }
}
