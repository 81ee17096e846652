package com.oriflame.privacy.internal;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.SubjectRegistry;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The subject registry behind {@code PrivacyEngine#subjects()}. Not API. */
public final class Registry implements SubjectRegistry {
  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final Ledger ledger;

  /**
   * @param policy the policy
   * @param stores the stores
   * @param clock the clock stamping audit records
   * @param ledger for subject pseudonyms
   */
  public Registry(Policy policy, Stores stores, Clock clock, Ledger ledger) {
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.ledger = ledger;
  }

  @Override
  public void save(SubjectProfile profile) {
    Map<String, String> details = new TreeMap<>();
    details.put("contract", profile.contract() == null ? "none" : profile.contract().end() == null ? "in-force" : "ended");
    details.put("blocked", Boolean.toString(profile.blocked()));
    details.put("erased", Boolean.toString(profile.erased()));
    details.put("closed", Boolean.toString(profile.accountClosedAt() != null));
    stores.subjects().save(profile, new AuditDraft(clock.instant(), "subject.saved", ledger.ref(profile.id()), policy.version(), details));
  }

  @Override
  public Optional<SubjectProfile> find(SubjectId id) {
    return stores.subjects().find(id);
  }
}
