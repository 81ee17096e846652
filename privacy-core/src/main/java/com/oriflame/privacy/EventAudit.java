package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.EventCodec;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.internal.Implements;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit record of a consent event, written in the same atomic step as the event: its id,
 * channel, actor, effective instant, form and the policy ids it names, the SHA-256 digest of its
 * canonical stored form ({@link EventCodec#write}), with the holder (and a linked browser) only as
 * keyed pseudonyms. The digest lets verification prove the stored row is the one audited. It never
 * carries the evidence reference, which may be personal data. Every record names the policy
 * revision the event was given under (R1).
 */
@Implements({"R1"})
final class EventAudit {
  private EventAudit() {}

  /**
   * @param e the event
   * @param pseudonym the keyed pseudonym of a holder
   * @return the audit draft
   */
  static AuditDraft draft(ConsentEvent e, Function<Holder, String> pseudonym) {
    Map<String, String> details = new TreeMap<>();
    details.put("event", e.id().value());
    details.put("digest", Digests.sha256(EventCodec.write(e)));
    details.put("channel", e.evidence().channel().name());
    details.put("actor", e.evidence().actor().name());
    details.put("effectiveAt", e.effectiveAt().toString());
    e.evidence().form().ifPresent(form -> details.put("form", form.value()));
    e.accept(new ConsentEvent.Visitor<Void>() {
      @Override
      public Void acceptance(PolicyAccepted a) {
        if (!a.consents().isEmpty()) {
          details.put("consents", join(a.consents()));
        }
        if (!a.optOuts().isEmpty()) {
          details.put("optOuts", join(a.optOuts()));
        }
        return null;
      }

      @Override
      public Void grant(ConsentGranted g) {
        details.put("purposes", join(g.purposes()));
        return null;
      }

      @Override
      public Void withdrawal(ConsentWithdrawn w) {
        details.put("purposes", join(w.purposes()));
        return null;
      }

      @Override
      public Void objection(ObjectionRaised r) {
        details.put("objections", join(r.objections()));
        return null;
      }

      @Override
      public Void objectionLifted(ObjectionLifted l) {
        details.put("objections", join(l.objections()));
        return null;
      }

      @Override
      public Void cookies(CookiePreferencesSet c) {
        details.put("allowed", join(c.allowed()));
        details.put("refused", join(c.refused()));
        return null;
      }

      @Override
      public Void visitorLinked(VisitorLinked v) {
        details.put("browser", pseudonym.apply(v.browser()));
        return null;
      }
    });
    return new AuditDraft(e.recordedAt(), e.type(), pseudonym.apply(e.holder()), e.policyVersion(), details);
  }

  private static String join(Collection<?> ids) {
    return ids.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
  }
}
