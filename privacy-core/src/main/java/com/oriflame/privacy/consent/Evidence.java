package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Pseudonyms;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a consent event came about: the channel, a reference into the channel (the CAF form number,
 * an e-mail's message id, a call id), who acted, the SHA-256 of the notice text shown, and the
 * collection form used, if any.
 *
 * <p>The reference is any well-formed Unicode text of at most 512 UTF-16 code units, NUL and other
 * control characters included, and every store keeps it exactly; a lone UTF-16 surrogate is
 * refused, as in a {@link SubjectId}. {@link #toString()} leaves the reference out: it may hold
 * personal data.
 *
 * @param channel the channel
 * @param reference a reference into the channel, e.g. {@code "CAF 000123"}; may be empty; {@code
 *     null} becomes empty
 * @param actor who acted
 * @param noticeHash lower-case hex SHA-256 of the notice text shown, or {@code null}
 * @param form the collection form used, or {@code null}
 */
public record Evidence(Channel channel, String reference, Actor actor, String noticeHash, FormId form) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Rejects a missing channel or actor, a reference longer than 512 UTF-16 code units or with an
   * unpaired surrogate (the message gives the length or the index, never the reference) and a
   * malformed notice hash.
   */
  public Evidence {
    Objects.requireNonNull(channel, "evidence channel is missing");
    reference = reference == null ? "" : reference;
    if (reference.length() > 512) {
      throw new IllegalArgumentException("evidence reference must have at most 512 characters, had " + reference.length());
    }
    Text.requireWellFormed(reference, "evidence reference");
    Objects.requireNonNull(actor, "evidence actor is missing");
    if (noticeHash != null && !SHA256_HEX.matcher(noticeHash).matches()) {
      throw new IllegalArgumentException("notice hash must be 64 lower-case hex digits (SHA-256)");
    }
  }

  /**
   * Evidence of an act by the subject themself.
   *
   * @param channel the channel
   * @param reference a reference into the channel, e.g. {@code "CAF 000123"}
   * @return the evidence
   */
  public static Evidence of(Channel channel, String reference) {
    return new Evidence(channel, reference, Actor.SUBJECT, null, null);
  }

  /** @return this evidence with {@code newActor} as the acting party */
  public Evidence by(Actor newActor) {
    return new Evidence(channel, reference, newActor, noticeHash, form);
  }

  /** @return this evidence with the SHA-256 of {@code noticeText} */
  public Evidence withNotice(String noticeText) {
    return new Evidence(channel, reference, actor, sha256(noticeText), form);
  }

  /** @return this evidence naming the collection form used */
  public Evidence onForm(FormId usedForm) {
    return new Evidence(channel, reference, actor, noticeHash, usedForm);
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
    return "Evidence[channel=" + channel + ", actor=" + actor + (form == null ? "" : ", form=" + form)
        + (noticeHash == null ? "" : ", notice=sha256:" + noticeHash.substring(0, 12)) + ", reference="
        + reference.length() + " chars]";
  }
}
