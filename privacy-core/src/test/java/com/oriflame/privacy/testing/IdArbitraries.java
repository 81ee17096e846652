package com.oriflame.privacy.testing;

import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.DutyId;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RecipientId;
import com.oriflame.privacy.policy.RetentionRuleId;
import com.oriflame.privacy.policy.TransferId;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators for the ids of every kind: the host's ids (subjects, browsers, events) and the
 * dotted ids of policy elements. They shrink to short ids ({@code "a"}, {@code "a.a"}), so a
 * counterexample reads easily. For ids that must break naive storage, see {@link
 * PrivacyArbitraries#hostileStrings()}; for ids a policy defines, draw from the policy itself
 * ({@code Arbitraries.of(policy.purposes())}). Shipped in the core's test-jar.
 */
public final class IdArbitraries {
  private IdArbitraries() {}

  /** @return short host ids: 1 to 8 lower-case letters and digits, shrinking to {@code "a"} */
  public static Arbitrary<String> hostIds() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(8);
  }

  /** @return subject ids such as {@code "a"} or {@code "k3x"} */
  public static Arbitrary<SubjectId> subjectIds() {
    return hostIds().map(SubjectId::of);
  }

  /** @return browser ids of not-yet-known visitors */
  public static Arbitrary<BrowserId> browserIds() {
    return hostIds().map(s -> BrowserId.of("browser-" + s));
  }

  /** @return subjects and browser ids, subjects first (a holder shrinks to a subject) */
  public static Arbitrary<Holder> holders() {
    return Arbitraries.oneOf(subjectIds(), browserIds());
  }

  /** @return event ids */
  public static Arbitrary<EventId> eventIds() {
    return hostIds().map(s -> EventId.of("e-" + s));
  }

  /**
   * @return dotted element ids of one to three segments, each a short word, optionally hyphenated:
   *     {@code "a"}, {@code "b.c-d"}
   */
  public static Arbitrary<String> dottedIds() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5);
    Arbitrary<String> segment = Arbitraries.oneOf(word, word.list().ofSize(2).map(l -> l.get(0) + "-" + l.get(1)));
    return segment.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
  }

  /** @return purpose ids */
  public static Arbitrary<PurposeId> purposeIds() {
    return dotted(PurposeId::of);
  }

  /** @return category ids (hierarchical: {@code "a"} covers {@code "a.b"}) */
  public static Arbitrary<CategoryId> categoryIds() {
    return dotted(CategoryId::of);
  }

  /** @return recipient ids */
  public static Arbitrary<RecipientId> recipientIds() {
    return dotted(RecipientId::of);
  }

  /** @return objection ids */
  public static Arbitrary<ObjectionId> objectionIds() {
    return dotted(ObjectionId::of);
  }

  /** @return cookie category ids */
  public static Arbitrary<CookieCategoryId> cookieCategoryIds() {
    return dotted(CookieCategoryId::of);
  }

  /** @return collection form ids */
  public static Arbitrary<FormId> formIds() {
    return dotted(FormId::of);
  }

  /** @return retention rule ids */
  public static Arbitrary<RetentionRuleId> retentionRuleIds() {
    return dotted(RetentionRuleId::of);
  }

  /** @return cross-border transfer ids */
  public static Arbitrary<TransferId> transferIds() {
    return dotted(TransferId::of);
  }

  /** @return Consultant duty ids */
  public static Arbitrary<DutyId> dutyIds() {
    return dotted(DutyId::of);
  }

  private static <T> Arbitrary<T> dotted(Function<String, T> of) {
    return dottedIds().map(of);
  }
}
