package com.oriflame.privacy.examples;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.RevisionNotice;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ChangeRule;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyChange;
import com.oriflame.privacy.policy.PolicyDiff;
import com.oriflame.privacy.policy.PolicyHistory;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A policy change (§9, R34): revision 2 of the bundled policy widens SMS marketing (the birth date,
 * for birthday offers) and adds marketing by messenger apps. The host loads both revisions, reads
 * the diff, and gets from the ledger the list of subjects whose SMS consent was given under
 * revision 1: until they consent again, SMS to them is denied, and every decision names the
 * revision it was made under (R1).
 *
 * <p>{@code mvn -q -pl privacy-examples -am -DskipTests package exec:java
 * -Dexec.mainClass=com.oriflame.privacy.examples.PolicyChangeExample} runs it.
 */
public final class PolicyChangeExample {
  private PolicyChangeExample() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * @param rev1 the bundled policy, revision 1
   * @return revision 2: SMS marketing widened to the birth date, marketing by messenger apps added
   */
  static Policy revision2(Policy rev1) {
    Purpose sms = rev1.purpose("marketing.similar-goods.sms");
    Set<CategoryId> widened = new LinkedHashSet<>(sms.categories());
    widened.add(CategoryId.of("identity.birth-date"));
    Purpose messenger = Purpose.builder("marketing.similar-goods.messenger")
        .labels(Labels.of("Мессенджер аркылуу окшош товарлар тууралуу маалымат", "Информация о похожих товарах через мессенджеры",
            "Information about similar goods by messenger apps"))
        .clauses(sms.clauses()).legalBasis(sms.legalBasis()).categories(sms.categories())
        .recipients(sms.recipients()).operations(sms.operations()).modes(sms.modes()).traits(sms.traits())
        .conditions(sms.conditions()).consent(sms.consent()).retention(sms.retention()).build();
    List<Purpose> purposes = new ArrayList<>();
    for (Purpose p : rev1.purposes()) {
      purposes.add(p.id().equals(sms.id()) ? sms.toBuilder().categories(widened).build() : p);
    }
    purposes.add(messenger);
    List<Objection> objections = new ArrayList<>();
    for (Objection o : rev1.objections()) {   // marketing must stay objectable (R10): the marketing objection covers it too
      Set<PurposeId> covered = new LinkedHashSet<>(o.purposes());
      if (o.purposes().contains(sms.id())) {
        covered.add(messenger.id());
      }
      objections.add(new Objection(o.id(), o.labels(), o.clauses(), o.channels(), covered, o.recipients()));
    }
    List<PolicyChange> history = new ArrayList<>(rev1.changes().history());
    history.add(new PolicyChange("2", LocalDate.of(2025, 3, 1), Set.of(sms.id()), Labels.of(
        "SMS туулган күн сунуштарын камтыйт; мессенджер кошулду", "SMS с предложениями ко дню рождения; добавлены мессенджеры",
        "SMS with birthday offers; messenger apps added")));
    ChangeRule changes = rev1.changes();
    return rev1.toBuilder().version("2").effectiveDate(LocalDate.of(2025, 3, 1)).purposes(purposes).objections(objections)
        .changes(new ChangeRule(changes.clauses(), changes.announcementChannels(), changes.acceptanceByContinuedUse(),
            changes.reconsentWhenWidened(), history))
        .build();
  }

  static void run(PrintStream out) {
    Policy rev1 = Policies.oriflameKyrgyzstan2017();
    Policy rev2 = revision2(rev1);
    InMemoryStores stores = InMemoryStores.create();   // one ledger, whichever revision the engine runs
    PrivacyEngine before = PrivacyEngine.builder().policy(rev1).stores(stores)
        .clock(Clock.fixed(Instant.parse("2024-06-01T09:00:00Z"), ZoneOffset.UTC)).build();
    Purpose sms = rev1.purpose("marketing.similar-goods.sms");
    List<SubjectId> consultants = List.of(SubjectId.of("consultant-1"), SubjectId.of("consultant-2"), SubjectId.of("consultant-3"));
    for (SubjectId s : consultants) {
      before.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 5, 17))
          .contract(Contract.since(Instant.parse("2024-01-02T10:00:00Z")))
          .providedCategories(rev1.categories("identity", "contact", "commerce")).productLines(List.of("skin-care")).build());
      Registration caf = Registration.through(Evidence.of(Channel.CAF_PAPER, "CAF " + s.value()));
      before.consents().register(s, s.value().endsWith("3") ? caf : caf.consentingTo(sms));   // two tick the SMS box
    }

    // the host moves to revision 2
    PrivacyEngine after = PrivacyEngine.builder().policy(rev2).stores(stores)
        .clock(Clock.fixed(Instant.parse("2025-03-02T09:00:00Z"), ZoneOffset.UTC)).build();
    PolicyDiff diff = PolicyHistory.of(rev1, rev2).latestDiff();
    out.print(diff.describe());
    out.println("Widening: " + diff.widens() + "; re-consent for " + diff.reconsentPurposes() + "; first consent for "
        + diff.newConsentPurposes());
    List<RevisionNotice> notices = after.policyChanges().notices(diff);
    for (RevisionNotice n : notices) {
      out.println(n.kind() + " " + n.subject().value() + " " + n.purposes() + " (consent under rev. " + n.sinceVersion() + ") via "
          + n.channels());
    }

    Request campaign = Request.of(consultants.get(0), PurposeId.of("marketing.similar-goods.sms"),
        rev2.categories("identity.full-name", "contact.mobile-phone", "identity.birth-date")).withProductLine("skin-care");
    out.println(after.check(campaign).explain(Language.EN));
    after.consents().grant(consultants.get(0), rev2.purpose("marketing.similar-goods.sms"),
        Evidence.of(Channel.ACCOUNT_SETTINGS, "re-consent after rev. 2"));
    out.println(after.check(campaign).explain(Language.EN));
    out.println("Still to ask: " + after.policyChanges().notices(diff).stream().map(n -> n.subject().value()).toList());
  }
}
