package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.RecipientId;
import java.util.List;
import java.util.Optional;

/**
 * The disclosure log, read-only but for the notices: every release of a subject's data to a
 * recipient that {@code PrivacyEngine#disclose} permitted and logged (§3, R17, R18, R22), the
 * notices owed to subjects for them (R40), and the recipients and countries actually disclosed to
 * (R36). Get it from {@code PrivacyEngine#disclosures()}.
 *
 * <p>Stability: stable.
 */
public interface Disclosures {

  /**
   * @param id a disclosure id
   * @return the logged disclosure
   */
  Optional<Disclosure> find(String id);

  /**
   * What an access export lists: every disclosure of the subject's data.
   *
   * @param subject the subject
   * @return the subject's disclosures, oldest first (then by id)
   */
  List<Disclosure> about(SubjectId subject);

  /**
   * @param recipient a recipient of the policy
   * @return every disclosure to it, oldest first (then by id)
   */
  List<Disclosure> to(RecipientId recipient);

  /**
   * The notices the host must still send (R40).
   *
   * @param limit the most to return, 1 or more
   * @return pending notices, oldest disclosure first
   */
  List<SubjectNotice> pendingNotices(int limit);

  /**
   * @param subject the subject
   * @return the notices owed to the subject, pending or sent, oldest first
   */
  List<SubjectNotice> notices(SubjectId subject);

  /**
   * Marks a notice sent, now by the engine's clock, audited. Marking a sent notice again changes
   * nothing and returns it as it is.
   *
   * @param disclosureId the id of the disclosure the notice is about
   * @return the notice, sent
   * @throws IllegalArgumentException if no disclosure has that id, or it needs no notice
   */
  SubjectNotice markNoticeSent(String disclosureId);

  /**
   * @return per recipient and destination country, how many disclosures and when, in recipient
   *     then country order
   */
  List<DisclosedRecipient> disclosedRecipients();

  /**
   * @return the policy's register declaration with the recipients and countries actually
   *     disclosed to (R36)
   */
  DisclosureDeclaration registerDeclaration();
}
