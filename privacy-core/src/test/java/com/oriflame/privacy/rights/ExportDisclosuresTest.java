package com.oriflame.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.DataSources;
import com.oriflame.privacy.DisclosureRequest;
import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.memory.InMemoryPersonalDataSource;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An access export lists what the disclosure log holds about the subject, and only that (Law Art. 17, §3). */
class ExportDisclosuresTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2024-01-02T10:00:00Z");

  @Test
  @Tag("R40")
  @DisplayName("R40 a disclosure to a third-party marketer appears in the subject's access export, not in anyone else's")
  void exportListsLoggedDisclosures() {
    InMemoryPersonalDataSource shop =
        InMemoryPersonalDataSource.create("web-shop", policy, List.of(CategoryId.of("identity"), CategoryId.of("contact")));
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock)
        .dataSources(DataSources.of(shop)).build();
    SubjectId aigul = SubjectId.of("c-1");
    SubjectId other = SubjectId.of("c-2");
    for (SubjectId s : List.of(aigul, other)) {
      engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 5, 17))
          .providedCategories(policy.categories("identity.full-name", "contact.email")).build());
      engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1").withForm(FormId.of("form.caf.paper")));
    }
    clock.set("2024-01-10T09:00:00Z");
    assertTrue(engine.disclose(DisclosureRequest.of(Request.of(aigul, policy.purpose("marketing.third-party"),
            policy.categories("identity.full-name", "contact.email"))
        .withRecipient(policy.recipient("third-party-marketers")).withOperation(Operation.DISSEMINATION)))
        .permitted());
    clock.set("2024-01-11T09:00:00Z");
    RequestRecord mine = engine.rights().receive(RequestIntake.of(RequestKind.ACCESS, aigul, Channel.EMAIL));
    engine.rights().verifyIdentity(mine.id(), "agent-7", "code sent to the registered e-mail");
    AccessExport export = engine.hostSystems().export(mine.id(), Language.EN);
    assertTrue(export.disclosuresKnown());
    assertEquals(1, export.disclosures().size(), export::toString);
    assertTrue(export.disclosures().get(0).recipient().startsWith("third-party-marketers"));
    assertEquals(policy.categories("identity.full-name", "contact.email"), export.disclosures().get(0).categories());

    RequestRecord theirs = engine.rights().receive(RequestIntake.of(RequestKind.ACCESS, other, Channel.EMAIL));
    engine.rights().verifyIdentity(theirs.id(), "agent-7", "code sent to the registered e-mail");
    AccessExport second = engine.hostSystems().export(theirs.id(), Language.EN);
    assertTrue(second.disclosuresKnown());
    assertEquals(0, second.disclosures().size());
  }

  @Test
  @DisplayName("an export's disclosure entry prints no recipient text: it may name the receiving party, a person")
  void disclosureEntryToStringHidesParty() {
    AccessExport.Disclosure d = new AccessExport.Disclosure("third-party-marketers (Jane Doe)", Instant.parse("2024-01-10T09:00:00Z"),
        policy.categories("contact.email"), java.util.Optional.empty(), List.of());
    assertFalse(d.toString().contains("Jane Doe"), d::toString);
  }
}
