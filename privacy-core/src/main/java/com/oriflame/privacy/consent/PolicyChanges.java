package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyDiff;
import java.util.Collection;
import java.util.List;

/**
 * A policy change as it meets the ledger (§9, R34): what changed since an older revision, and which
 * subjects must consent again or be notified. Get it from {@code PrivacyEngine#policyChanges()};
 * the engine runs the newer revision, and every decision it makes names it (R1).
 *
 * <pre>{@code
 * PolicyDiff diff = engine.policyChanges().diffFrom(previousRevision);
 * for (RevisionNotice n : engine.policyChanges().notices(diff)) {
 *   if (n.kind() == RevisionNotice.Kind.RECONSENT) askAgain(n.subject(), n.purposes(), n.channels());
 *   else announce(n.subject(), n.channels());
 * }
 * }</pre>
 *
 * <p>Stability: experimental.
 */
public interface PolicyChanges {

  /**
   * @param older an older revision of the engine's policy
   * @return what changed from {@code older} to the engine's revision
   * @throws IllegalArgumentException if {@code older} is a revision of another policy
   */
  PolicyDiff diffFrom(Policy older);

  /**
   * Every subject on the ledger who must act on the change, as of now: a re-consent for each
   * subject whose consent to a purpose the diff widened is in force but was given under an older
   * revision; a notice for each subject whose acceptance of the policy is from an older revision,
   * when the diff widens terms that rest on acceptance. Reads every consent-event row once, then
   * the subjects in batches.
   *
   * @param diff a diff that leads to the engine's revision
   * @return the notices, by subject, re-consent before notice
   * @throws IllegalArgumentException if {@code diff} does not lead to the engine's revision
   * @throws com.oriflame.privacy.spi.StoreException if the ledger cannot be read, or a row of it
   *     cannot (the list would be incomplete)
   */
  List<RevisionNotice> notices(PolicyDiff diff);

  /**
   * Like {@link #notices(PolicyDiff)}, for the given subjects only.
   *
   * @param diff a diff that leads to the engine's revision
   * @param subjects the subjects to consider
   * @return the notices, by subject, re-consent before notice
   */
  List<RevisionNotice> notices(PolicyDiff diff, Collection<SubjectId> subjects);
}
