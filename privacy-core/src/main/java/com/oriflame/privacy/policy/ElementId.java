package com.oriflame.privacy.policy;

/**
 * The id of a policy element: dot-separated lower-case segments such as {@code contact.email} or
 * {@code marketing.similar-goods.sms}. Ids are policy vocabulary, never personal data.
 *
 * <p>Stability: stable.
 */
public sealed interface ElementId
    permits CategoryId,
        PurposeId,
        RecipientId,
        ObjectionId,
        FormId,
        RetentionRuleId,
        CookieCategoryId,
        TransferId,
        DutyId {

  /**
   * The form of every id: segments of lower-case letters and digits joined by single hyphens,
   * separated by dots, at most 200 characters.
   */
  String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*";

  /** @return the id as written in the policy file */
  String value();
}
