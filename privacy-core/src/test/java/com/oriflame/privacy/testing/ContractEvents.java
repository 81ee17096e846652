package com.oriflame.privacy.testing;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;

/** Event and audit-draft factories for the contract suites. Shipped in the core's test-jar. */
public final class ContractEvents {
  /** An instant all contract events are relative to. */
  public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  /** Ids and values that break naive SQL: quotes, semicolons, wildcards, NUL, emoji, 256 chars. */
  public static final String[] HOSTILE = {
    "O'Brien; DROP TABLE events;--", "100%", "a_b", "%", "_", "\"quoted\"", "back\\slash", "nul\u0000inside",
    "emoji \uD83D\uDE00 и кириллица ңөү", "x".repeat(256), " leading and trailing ", "line\nbreak"
  };

  private ContractEvents() {}

  /** @return a grant of {@code purpose} at {@code T0 + seconds} */
  public static ConsentGranted grant(String id, SubjectId subject, String purpose, long seconds) {
    Instant at = T0.plusSeconds(seconds);
    return new ConsentGranted(EventId.of(id), subject, Set.of(PurposeId.of(purpose)), "1", at, at,
        Evidence.of(Channel.CAF_PAPER, "CAF " + id).withForm(FormId.of("form.caf.paper")));
  }

  /** @return a withdrawal of {@code purpose} at {@code T0 + seconds} */
  public static ConsentWithdrawn withdraw(String id, SubjectId subject, String purpose, long seconds) {
    Instant at = T0.plusSeconds(seconds);
    return new ConsentWithdrawn(EventId.of(id), subject, Set.of(PurposeId.of(purpose)), "1", at, at,
        Evidence.of(Channel.EMAIL, "mail " + id));
  }

  /** @return an acceptance by the guardian at {@code T0 + seconds} */
  public static PolicyAccepted guardianAcceptance(String id, SubjectId subject, long seconds) {
    Instant at = T0.plusSeconds(seconds);
    return new PolicyAccepted(EventId.of(id), subject, "1", at, at,
        Evidence.of(Channel.CAF_WEB, "web").withActor(Actor.GUARDIAN).withNotice("policy text"));
  }

  /** @return an objection at {@code T0 + seconds} */
  public static ObjectionRaised objection(String id, SubjectId subject, String objection, long seconds) {
    Instant at = T0.plusSeconds(seconds);
    return new ObjectionRaised(EventId.of(id), subject, Set.of(ObjectionId.of(objection)), "1", at, at,
        Evidence.of(Channel.PHONE, "call"));
  }

  /** @return a cookie choice of a browser at {@code T0 + seconds} */
  public static CookiePreferencesSet cookies(String id, BrowserId browser, long seconds) {
    Instant at = T0.plusSeconds(seconds);
    return new CookiePreferencesSet(EventId.of(id), browser, Set.of(CookieCategoryId.of("cookie.functional")),
        Set.of(CookieCategoryId.of("cookie.behavioural-advertising")), "1", at, at, Evidence.of(Channel.WEBSITE, ""));
  }

  /** @return a link of a browser to a subject at {@code T0 + seconds} */
  public static VisitorLinked link(String id, SubjectId subject, BrowserId browser, long seconds) {
    Instant at = T0.plusSeconds(seconds);
    return new VisitorLinked(EventId.of(id), subject, browser, "1", at, at, Evidence.of(Channel.WEBSITE, ""));
  }

  /**
   * The message with which an id or reference type must refuse {@code value}, worked out here
   * independently of the SDK's own checks: a length outside {@code min..max} UTF-16 code units, or
   * else the first code point that is a lone surrogate. The message names the kind and the length or
   * the index, never the text.
   *
   * @param what the kind of text, e.g. {@code "subject id"}
   * @param value the text
   * @param min the least length, 0 or 1
   * @param max the greatest length
   * @return the expected message, or empty if {@code value} must be accepted
   */
  public static Optional<String> expectedRefusal(String what, String value, int min, int max) {
    if (value.length() < min || value.length() > max) {
      return Optional.of(what + " must have " + (min == 0 ? "at most " : min + " to ") + max + " characters, had "
          + value.length());
    }
    int index = 0;
    for (int cp : value.codePoints().toArray()) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        return Optional.of(what + " contains an unpaired UTF-16 " + (cp <= Character.MAX_HIGH_SURROGATE ? "high" : "low")
            + " surrogate at index " + index + "; it must be well-formed Unicode text");
      }
      index += Character.charCount(cp);
    }
    return Optional.empty();
  }

  /**
   * Makes {@code value} into an id (or evidence) with {@code make}, asserting that it is refused,
   * exactly with the {@linkplain #expectedRefusal expected message}, if and only if it must be.
   *
   * @param what the kind of text, e.g. {@code "subject id"}
   * @param value the text
   * @param min the least length, 0 or 1
   * @param max the greatest length
   * @param make the constructor, e.g. {@code SubjectId::of}
   * @param <T> the type made
   * @return the value made, or empty if it was (rightly) refused
   */
  public static <T> Optional<T> accepted(String what, String value, int min, int max, Function<String, T> make) {
    Optional<String> refusal = expectedRefusal(what, value, min, max);
    if (refusal.isPresent()) {
      IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class, () -> make.apply(value),
          () -> what + " of " + value.length() + " code units was accepted; expected: " + refusal.get());
      Assertions.assertEquals(refusal.get(), e.getMessage());
      return Optional.empty();
    }
    return Optional.of(make.apply(value));
  }

  /** @return the audit draft for {@code e}, as the ledger would write it (without personal data) */
  public static AuditDraft audit(ConsentEvent e) {
    return new AuditDraft(e.recordedAt(), e.type(), "subject:test", e.policyVersion(),
        Map.of("event", e.id().value(), "channel", e.evidence().channel().name()));
  }

  /** @return a plain audit draft numbered {@code n} */
  public static AuditDraft draft(int n) {
    return new AuditDraft(T0.plusSeconds(n), "test.action", "subject:" + n, "1", Map.of("n", Integer.toString(n), "k", "v"));
  }
}
