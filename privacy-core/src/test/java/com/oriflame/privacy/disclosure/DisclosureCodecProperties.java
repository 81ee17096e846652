package com.oriflame.privacy.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RecipientId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The stored form of a disclosure reads back as the disclosure, whatever text its free fields hold. */
class DisclosureCodecProperties {

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank() && s.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
            && com.oriflame.privacy.internal.Text.unpairedSurrogate(s) < 0);
  }

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
        .filter(s -> com.oriflame.privacy.internal.Text.unpairedSurrogate(s) < 0);
  }

  private static Disclosure disclosure(String id, String subject, String party, String reference, boolean abroad) {
    return Disclosure.builder().id(id).subject(SubjectId.of(subject)).recipient(RecipientId.of("authorities")).party(party)
        .purpose(PurposeId.of("legal.authority-requests")).categories(List.of(CategoryId.of("identity.tax-id"),
            CategoryId.of("contact")))
        .dataForm(DataForm.IDENTIFIED).operation(abroad ? Operation.CROSS_BORDER_TRANSFER : Operation.DISSEMINATION)
        .legalBasis(LegalBasis.LEGAL_OBLIGATION).ground(DisclosureGround.LEGAL_DEMAND).groundReference(reference)
        .destinationCountry(abroad ? "RU" : null).at(Instant.parse("2024-03-01T10:00:00.123456Z")).policy("p", "1")
        .reasons(List.of(new Citation("BASIS_LEGAL_OBLIGATION", "R18", List.of(ClauseRef.of("§2(16)"))),
            new Citation("RECORD", "E3", List.of())))
        .obligations(Set.of(ObligationKind.NOTIFY_SUBJECT, ObligationKind.RECORD_DISCLOSURE)).build();
  }

  @Property(tries = 1_000)
  @Label("write then read gives the same disclosure and the same form")
  void roundTrip(@ForAll("text") String id, @ForAll("subjects") String subject, @ForAll("text") String party,
      @ForAll("text") String reference, @ForAll boolean abroad, @ForAll boolean named) {
    Disclosure d = disclosure(id, subject, named ? party : null, named ? reference : null, abroad);
    String form = DisclosureCodec.write(d);
    Disclosure back = DisclosureCodec.read(form);
    assertEquals(d, back);
    assertEquals(form, DisclosureCodec.write(back));
  }

  @Example
  @Label("a damaged form is refused without quoting it")
  void damaged() {
    String form = DisclosureCodec.write(disclosure("d-1", "secret-subject", "Tax", "No. 1", true));
    for (String bad : List.of(form.substring(0, form.length() - 3), form + "x", form.replace("secret-subject", "secret-subjec"),
        "nonsense", form.replace("LEGAL_DEMAND", "LEGAL_DEMANX"))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DisclosureCodec.read(bad));
      assertTrue(e.getMessage().startsWith("a stored disclosure"), e::getMessage);
      assertFalse(e.getMessage().contains("secret"), e::getMessage);
    }
  }
}
