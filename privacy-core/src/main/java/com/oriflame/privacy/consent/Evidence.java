package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Pseudonyms;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a consent event came about: the channel, a reference into the channel (the CAF form number,
 * an e-mail's message id, a call id), who acted, the SHA-256 of the notice text shown, and the
 * collection form used, if any. Start with {@link #of}; {@link #withActor}, {@link #withNotice} and
 * {@link #withForm} set the other fields.
 *
 * <p>The reference is any well-formed Unicode text of at most 512 UTF-16 code units, NUL and other
 * control characters included, and every store keeps it exactly; a lone UTF-16 surrogate is
 * refused, as in a {@link SubjectId}. {@link #toString()} leaves the reference out: it may hold
 * personal data.
 *
 * <p>Stability: stable.
 *
 * @param channel the channel
 * @param reference a reference into the channel, e.g. {@code "CAF 000123"}; may be empty; {@code
 *     null} becomes empty
 * @param actor who acted
 * @param noticeHash lower-case hex SHA-256 of the notice text shown; empty if not recorded
 * @param form the collection form used; empty if none is named
 */
public record Evidence(Channel channel, String reference, Actor actor, Optional<String> noticeHash, Optional<FormId> form) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Rejects a missing channel or actor, a reference longer than 512 UTF-16 code units or with an
   * unpaired surrogate (the message gives the length or the index, never the reference) and a
   * malformed notice hash.
   *
   * @param channel the channel
   * @param reference a reference into the channel; {@code null} becomes empty
   * @param actor who acted
   * @param noticeHash lower-case hex SHA-256 of the notice text shown, or {@code Optional.empty()}
   * @param form the collection form used, or {@code Optional.empty()}
   */
  public Evidence {
    Objects.requireNonNull(channel, "channel is missing");
    reference = reference == null ? "" : reference;
    if (reference.length() > 512) {
      throw new IllegalArgumentException("evidence reference must have at most 512 characters, had " + reference.length());
    }
    Text.requireWellFormed(reference, "evidence reference");
    Objects.requireNonNull(actor, "actor is missing");
    Objects.requireNonNull(noticeHash, "noticeHash is missing; Optional.empty() if not recorded");
    if (noticeHash.isPresent() && !SHA256_HEX.matcher(noticeHash.get()).matches()) {
      throw new IllegalArgumentException("noticeHash must be 64 lower-case hex digits (SHA-256)");
    }
    Objects.requireNonNull(form, "form is missing; Optional.empty() if none is named");
  }

  /**
   * Evidence of an act by the subject themself.
   *
   * @param channel the channel
   * @param reference a reference into the channel, e.g. {@code "CAF 000123"}
   * @return the evidence
   */
  public static Evidence of(Channel channel, String reference) {
    return new Evidence(channel, reference, Actor.SUBJECT, Optional.empty(), Optional.empty());
  }

  /**
   * @param value who acted: the subject, their guardian or an operator agent
   * @return this evidence with that acting party
   */
  public Evidence withActor(Actor value) {
    return new Evidence(channel, reference, value, noticeHash, form);
  }

  /**
   * @param noticeText the notice text shown
   * @return this evidence with the SHA-256 of {@code noticeText} as its notice hash
   */
  public Evidence withNotice(String noticeText) {
    return new Evidence(channel, reference, actor, Optional.of(sha256(Objects.requireNonNull(noticeText, "noticeText is missing"))),
        form);
  }

  /**
   * @param value the collection form used, or {@code null} for none
   * @return this evidence naming that form
   */
  public Evidence withForm(FormId value) {
    return new Evidence(channel, reference, actor, noticeHash, Optional.ofNullable(value));
  }

  /**
   * @param text a notice text
   * @return lower-case hex SHA-256 of its UTF-8 bytes
   */
  public static String sha256(String text) {
    try {
      return Pseudonyms.hex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "Evidence[channel=" + channel + ", actor=" + actor + form.map(f -> ", form=" + f).orElse("")
        + noticeHash.map(h -> ", notice=sha256:" + h.substring(0, 12)).orElse("") + ", reference="
        + reference.length() + " chars]";
  }
}
