package com.oriflame.privacy;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.ConsentStatus;
import com.oriflame.privacy.consent.EventCodec;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.PolicyChanges;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.RevisionNotice;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyChange;
import com.oriflame.privacy.policy.PolicyDiff;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy change behind {@link PrivacyEngine#policyChanges()} (§9, R34): the diff from an older
 * revision to the engine's, and the subjects who must consent again or be notified, computed from
 * the ledger as of now.
 */
final class PolicyChangeService implements PolicyChanges {
  private static final Logger log = LoggerFactory.getLogger(PolicyChangeService.class);
  private static final int BATCH = 1_000;

  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final ZoneId zone;

  PolicyChangeService(Policy policy, Stores stores, Clock clock, ZoneId zone) {
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public PolicyDiff diffFrom(Policy older) {
    Objects.requireNonNull(older, "older must not be null");
    return PolicyDiff.between(older, policy);
  }

  @Override
  public List<RevisionNotice> notices(PolicyDiff diff) {
    require(diff);
    Set<SubjectId> subjects = new TreeSet<>();
    int[] unreadable = new int[1];
    stores.consents().scan(row -> {
      if (row.problem().isPresent()) {
        unreadable[0]++;
        return;
      }
      try {
        if (EventCodec.read(row.form()).holder() instanceof SubjectId s) {
          subjects.add(s);
        }
      } catch (RuntimeException e) {
        unreadable[0]++;
      }
    });
    if (unreadable[0] > 0) {
      throw new StoreException(unreadable[0] + " consent event rows cannot be read, so the list of subjects to notify of revision "
          + diff.to().version() + " would be incomplete; verify the audit trail (engine.verifyAudit())", null);
    }
    return notices(diff, subjects);
  }

  @Override
  public List<RevisionNotice> notices(PolicyDiff diff, Collection<SubjectId> subjects) {
    require(diff);
    Objects.requireNonNull(subjects, "subjects must not be null");
    Instant now = clock.instant();
    List<SubjectId> all = new ArrayList<>(new TreeSet<>(subjects));
    List<RevisionNotice> notices = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BATCH) {
      List<SubjectId> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      Map<SubjectId, List<ProfileVersion>> profiles = stores.subjects().histories(batch);
      Map<SubjectId, List<ConsentEvent>> events = stores.consents().events(batch);
      for (SubjectId s : batch) {
        SubjectProfile profile = ProfileVersion.at(profiles.getOrDefault(s, List.of()), now).map(ProfileVersion::profile).orElse(null);
        ConsentState state = ConsentState.project(policy, profile, events.getOrDefault(s, List.of()), now, zone);
        subject(diff, s, state, notices);
      }
    }
    log.debug("Revision {}: {} notices for {} subjects", diff.to().version(), notices.size(), all.size());
    return List.copyOf(notices);
  }

  private void subject(PolicyDiff diff, SubjectId s, ConsentState state, List<RevisionNotice> notices) {
    Set<PurposeId> widened = new TreeSet<>();
    Set<Channel> channels = new LinkedHashSet<>();
    ConsentEvent oldest = null;
    for (PurposeId p : diff.reconsentPurposes()) {
      ConsentStatus status = state.consent(p);
      if (status.granted() && older(status.decisive().orElseThrow().policyVersion(), diff)) {
        widened.add(p);
        policy.purposes().find(p).flatMap(x -> x.consent()).map(ConsentTerms::grantChannels).ifPresent(channels::addAll);
        ConsentEvent e = status.decisive().orElseThrow();
        if (oldest == null || ConsentEvent.ORDER.compare(e, oldest) < 0) {
          oldest = e;
        }
      }
    }
    if (!widened.isEmpty()) {
      notices.add(new RevisionNotice(s, RevisionNotice.Kind.RECONSENT, widened, oldest.policyVersion(), oldest.id(), channels));
    }
    if (diff.needsNotice() && state.acceptance().isPresent()) {
      PolicyAccepted a = state.acceptance().get();
      if (older(a.policyVersion(), diff)) {
        notices.add(new RevisionNotice(s, RevisionNotice.Kind.NOTICE, Set.of(), a.policyVersion(), a.id(),
            policy.changes().announcementChannels()));
      }
    }
  }

  /** Whether {@code version} precedes the diff's newer revision in the policy's change history (a version missing from it counts as older). */
  private boolean older(String version, PolicyDiff diff) {
    String to = diff.to().version();
    if (version.equals(to)) {
      return false;
    }
    List<PolicyChange> history = policy.changes().history();
    int target = -1;
    int at = -1;
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).version().equals(to)) {
        target = i;
      }
      if (history.get(i).version().equals(version)) {
        at = i;
      }
    }
    return target < 0 || at < target;
  }

  private void require(PolicyDiff diff) {
    Objects.requireNonNull(diff, "diff must not be null");
    if (!diff.to().policyId().equals(policy.id()) || !diff.to().version().equals(policy.version())) {
      throw new IllegalArgumentException("diff: it leads to " + diff.to().policyId() + " rev. " + diff.to().version()
          + ", but the engine runs " + policy.id() + " rev. " + policy.version() + "; notices are computed under the revision the"
          + " engine decides with");
    }
  }
}
