package com.oriflame.privacy.consent;

import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.internal.Ids;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CollectionForm;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks an event must pass before the ledger appends it: events that could never be valid are
 * refused with a {@link ConsentRejectedException} whose {@link RejectionCode} says which refusal it
 * is and whose message says what is wrong and how to fix it, instead of being recorded as something
 * that silently never counts. Hosts may call {@link #check} to validate a hand-built event before
 * appending it; {@link ConsentLedger#importing} runs the same checks on imported history.
 *
 * <ul>
 *   <li>the revision is the policy's or one of its history (R1, R34);
 *   <li>an acceptance arrives through a form whose submission accepts the policy (the CAF, §0, R2)
 *       or, where the change rule allows it, by continued use of the website (§9, R34); its tick
 *       boxes are ones that form offers (R9, R11);
 *   <li>a grant names consent-based purposes and arrives through a channel the purpose accepts
 *       grants on (R7);
 *   <li>a withdrawal or objection takes effect when it is recorded, never later (R7, R12); a
 *       grant, acceptance or lifted objection never earlier, except bulk imports of earlier acts
 *       that carry their evidence reference;
 *   <li>every purpose, objection, cookie category and form it names is the policy's.
 * </ul>
 *
 * <p>Stability: stable.
 */
@Implements({"R2", "R7", "R12", "R34"})
public final class LedgerChecks {
  private LedgerChecks() {}

  /**
   * @param policy the policy the ledger records under
   * @param event the event to append
   * @throws ConsentRejectedException if the event could never be valid under the policy; {@link
   *     RejectionCode#UNKNOWN_ELEMENT} (caused by the {@link UnknownIdException}) if it names an id
   *     the policy does not define
   */
  public static void check(Policy policy, ConsentEvent event) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(event, "event");
    try {
      checkKnown(policy, event);
    } catch (UnknownIdException e) {
      throw new ConsentRejectedException(RejectionCode.UNKNOWN_ELEMENT, "Cannot record the " + event.type() + " event: "
          + e.getMessage(), e);
    }
  }

  private static void checkKnown(Policy policy, ConsentEvent event) {
    knownRevision(policy, event.policyVersion());
    if (event.evidence().form().isPresent()) {
      policy.form(event.evidence().form().get().value());
    }
    event.accept(new ConsentEvent.Visitor<Void>() {
      @Override
      public Void acceptance(PolicyAccepted a) {
        acceptanceChannel(policy, a);
        notBackDated(a);
        return null;
      }

      @Override
      public Void grant(ConsentGranted g) {
        consentBased(policy, g.purposes(), "grant");
        for (PurposeId id : g.purposes()) {
          grantChannel(policy, g.evidence().channel(), id);
        }
        notBackDated(g);
        return null;
      }

      @Override
      public Void withdrawal(ConsentWithdrawn w) {
        consentBased(policy, w.purposes(), "withdraw");
        notPostDated(w);
        return null;
      }

      @Override
      public Void objection(ObjectionRaised r) {
        r.objections().forEach(policy::objection);
        notPostDated(r);
        return null;
      }

      @Override
      public Void objectionLifted(ObjectionLifted l) {
        l.objections().forEach(policy::objection);
        notBackDated(l);
        return null;
      }

      @Override
      public Void cookies(CookiePreferencesSet c) {
        c.allowed().forEach(policy::cookieCategory);
        c.refused().forEach(policy::cookieCategory);
        return null;
      }

      @Override
      public Void visitorLinked(VisitorLinked v) {
        return null;
      }
    });
  }

  private static void knownRevision(Policy policy, String version) {
    boolean known = version.equals(policy.version())
        || policy.changes().history().stream().anyMatch(c -> c.version().equals(version));
    if (!known) {
      throw new ConsentRejectedException(RejectionCode.UNKNOWN_REVISION, "Unknown policy revision '" + Ids.printable(version)
          + "' in the event; known: " + policy.changes().history().stream().map(c -> c.version()).collect(Collectors.toList())
          + " and " + policy.version());
    }
  }

  /**
   * An acceptance must be one the policy recognises: submission of a registration form (§0), or
   * continued use of the website after a revision was published (§9). A bulk import must name the
   * registration form it imports.
   */
  private static void acceptanceChannel(Policy policy, PolicyAccepted a) {
    Optional<CollectionForm> form = registrationForm(policy, a.evidence());
    Channel channel = a.evidence().channel();
    boolean continuedUse = channel == Channel.WEBSITE && policy.changes().acceptanceByContinuedUse();
    if (form.isEmpty() && !continuedUse) {
      throw new ConsentRejectedException(RejectionCode.ACCEPTANCE_CHANNEL, "The policy cannot be accepted by " + channel + ": acceptance comes from submitting a"
          + " registration form (" + registrationChannels(policy) + ", §0)"
          + (policy.changes().acceptanceByContinuedUse() ? " or from continued use of the WEBSITE after a new revision (§9)" : "")
          + (channel == Channel.BULK_IMPORT ? "; a bulk import must name the registration form with Evidence.onForm" : ""));
    }
    if (form.isEmpty() && !(a.consents().isEmpty() && a.optOuts().isEmpty())) {
      throw new ConsentRejectedException(RejectionCode.TICK_BOXES_WITHOUT_FORM,
          "Only a registration form has tick boxes; an acceptance by continued use carries none");
    }
    if (form.isPresent()) {
      CollectionForm f = form.get();
      for (PurposeId id : a.consents()) {
        Purpose p = policy.purpose(id);
        if (!p.legalBasis().consentBased()) {
          throw new ConsentRejectedException(RejectionCode.NOT_CONSENT_BASED, "Form '" + f.id() + "' cannot record consent to purpose '" + id
              + "' with a tick box: its legal basis is " + p.legalBasis() + ", not consent");
        }
        if (!f.purposes().contains(id)) {
          throw new ConsentRejectedException(RejectionCode.NO_CONSENT_BOX, "Form '" + f.id() + "' has no consent box for purpose '"
              + id + "'; it collects for " + f.purposes());
        }
        grantChannel(policy, channel, id);
      }
      for (ObjectionId id : a.optOuts()) {
        policy.objection(id);
        if (!f.optOutBoxes().contains(id)) {
          throw new ConsentRejectedException(RejectionCode.NO_OPT_OUT_BOX, "Form '" + f.id() + "' has no opt-out box for objection '"
              + id + "'; it offers " + f.optOutBoxes());
        }
      }
    }
  }

  private static String registrationChannels(Policy policy) {
    return policy.forms().stream().filter(CollectionForm::acceptanceBySubmission).map(f -> f.channel().name()).distinct()
        .collect(Collectors.joining(", "));
  }

  /** The registration form the evidence names, or the one its channel belongs to. */
  static Optional<CollectionForm> registrationForm(Policy policy, Evidence evidence) {
    for (CollectionForm f : policy.forms()) {
      boolean used = evidence.form().isPresent() ? f.id().equals(evidence.form().get()) : f.channel() == evidence.channel();
      if (used && f.acceptanceBySubmission()) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** A grant must come through a channel the purpose accepts grants on; bulk imports are the exception. */
  private static void grantChannel(Policy policy, Channel channel, PurposeId id) {
    if (channel == Channel.BULK_IMPORT) {
      return;
    }
    Set<Channel> accepted = policy.purpose(id).consent().map(ConsentTerms::grantChannels).orElse(Set.of());
    if (!accepted.contains(channel)) {
      throw new ConsentRejectedException(RejectionCode.GRANT_CHANNEL, "Consent to purpose '" + id + "' cannot be given by "
          + channel + "; the policy accepts " + accepted);
    }
  }

  /** Withdrawals and objections take effect from their recorded instant (§6.1, R7, R12); they cannot be post-dated. */
  private static void notPostDated(ConsentEvent e) {
    if (e.effectiveAt().isAfter(e.recordedAt())) {
      throw new ConsentRejectedException(RejectionCode.POST_DATED, "A " + e.type() + " event takes effect when it is recorded;"
          + " effective " + e.effectiveAt() + " is after recorded " + e.recordedAt());
    }
  }

  /**
   * Grants, acceptances and lifted objections cannot take effect before they are recorded: that
   * would permit processing that already happened without them. A bulk import of earlier acts is
   * the exception, and must carry the reference of its evidence.
   */
  private static void notBackDated(ConsentEvent e) {
    if (!e.effectiveAt().isBefore(e.recordedAt())) {
      return;
    }
    if (e.evidence().channel() == Channel.BULK_IMPORT && !e.evidence().reference().isBlank()) {
      return;
    }
    throw new ConsentRejectedException(RejectionCode.BACK_DATED, "A " + e.type() + " event cannot take effect before it is"
        + " recorded; effective " + e.effectiveAt() + " is before recorded " + e.recordedAt() + ". Record earlier acts with"
        + " engine.consents().importing(instant), or as events with channel BULK_IMPORT and the reference of their evidence"
        + " (e.g. the CAF number)");
  }

  private static void consentBased(Policy policy, Set<PurposeId> purposes, String verb) {
    for (PurposeId id : purposes) {
      Purpose p = policy.purpose(id);
      if (!p.legalBasis().consentBased()) {
        throw new ConsentRejectedException(RejectionCode.NOT_CONSENT_BASED, "Cannot " + verb + " consent to purpose '" + id
            + "': its legal basis is " + p.legalBasis() + ", not consent");
      }
    }
  }
}
