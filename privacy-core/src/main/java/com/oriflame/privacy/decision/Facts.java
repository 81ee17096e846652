package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.retention.LegalHold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the rules know when they decide a request, all as of the instant decided for and never null:
 * the compiled policy, the resolved purpose, recipient and categories, the subject's profile as it
 * was then (an empty profile and {@code known == false} for a subject the stores do not know), the
 * consent state then, the register holds in force then, and the recorded business transfers (read
 * only if a rule asks).
 */
final class Facts {
  final CompiledPolicy compiled;
  final Request request;
  final Instant at;
  final Purpose purpose;
  final Optional<Recipient> recipient;
  final List<DataCategory> categories;
  final boolean known;
  final SubjectProfile profile;
  final ConsentState consents;
  final Instant earliestKnown;
  /** The subject's register holds in force at the instant (R29). */
  final List<LegalHold> holds;
  private final Supplier<List<BusinessTransfer>> transfers;
  private List<Retention.Expiry> expiries;

  Facts(CompiledPolicy compiled, Request request, Instant at, Purpose purpose, Optional<Recipient> recipient, List<DataCategory> categories,
      Optional<SubjectProfile> profile, ConsentState consents, Instant earliestKnown,
      Supplier<List<BusinessTransfer>> transfers, List<LegalHold> holds) {
    this.compiled = compiled;
    this.request = request;
    this.at = at;
    this.purpose = purpose;
    this.recipient = recipient;
    this.categories = categories;
    this.known = profile.isPresent();
    this.profile = profile.orElseGet(() -> SubjectProfile.empty(request.subject()));
    this.consents = consents;
    this.earliestKnown = earliestKnown;
    this.transfers = transfers;
    List<LegalHold> active = List.of();
    for (LegalHold h : holds) {
      if (h.activeAt(at)) {
        active = active.isEmpty() ? new ArrayList<>(holds.size()) : active;
        active.add(h);
      }
    }
    this.holds = active;
  }

  /** @return whether the subject is a minor at the instant; empty if the birth date is unknown */
  Optional<Boolean> minor() {
    return profile.minorAt(at, compiled.policy.minors().majorityAge(), compiled.zone);
  }

  /** @return the retention periods that ran out for the requested categories; computed once */
  List<Retention.Expiry> expiries() {
    if (expiries == null) {
      expiries = Retention.expiries(this);
    }
    return expiries;
  }

  /** @return the business transfers recorded; reads the store */
  List<BusinessTransfer> businessTransfers() {
    return transfers.get();
  }

  /** @return the instant's date in the engine's zone, ISO format */
  String day(Instant instant) {
    return instant.atZone(compiled.zone).toLocalDate().toString();
  }
}
