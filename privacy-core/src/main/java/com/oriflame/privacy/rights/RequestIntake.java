package com.oriflame.privacy.rights;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request as it arrives, before {@code RightsService#receive} checks and records it. Start with
 * {@link #of}; the other fields are optional except what the kind needs (corrections for a
 * rectification, objections for an objection, purposes for a consent withdrawal, a description
 * for a complaint). {@link #toString()} leaves out reference, corrections and description.
 *
 * <pre>{@code
 * RequestIntake.of(RequestKind.ACCESS, subject, Channel.EMAIL).withReference("msg 4711");
 * RequestIntake.of(RequestKind.RECTIFICATION, subject, Channel.PHONE)
 *     .withCorrections(Map.of(CategoryId.of("contact.email"), "new@example.kg"));
 * }</pre>
 *
 * <p>Stability: experimental.
 */
public final class RequestIntake {
  private final RequestKind kind;
  private final SubjectId subject;
  private final Channel channel;
  private String reference = "";
  private Optional<RequestId> id = Optional.empty();
  private Optional<Instant> receivedAt = Optional.empty();
  private Set<CategoryId> categories = Set.of();
  private Map<CategoryId, String> corrections = Map.of();
  private Set<ObjectionId> objections = Set.of();
  private Set<PurposeId> purposes = Set.of();
  private RequestMedium medium = RequestMedium.ELECTRONIC;
  private String description = "";

  private RequestIntake(RequestKind kind, SubjectId subject, Channel channel) {
    this.kind = Objects.requireNonNull(kind, "kind must not be null");
    this.subject = Objects.requireNonNull(subject, "subject must not be null");
    this.channel = Objects.requireNonNull(channel, "channel must not be null");
  }

  private RequestIntake copy() {
    RequestIntake c = new RequestIntake(kind, subject, channel);
    c.reference = reference;
    c.id = id;
    c.receivedAt = receivedAt;
    c.categories = categories;
    c.corrections = corrections;
    c.objections = objections;
    c.purposes = purposes;
    c.medium = medium;
    c.description = description;
    return c;
  }

  /**
   * @param kind what is asked for
   * @param subject whom it concerns (for the authorities' requests, the subject asked about)
   * @param channel how it arrived
   * @return the intake
   */
  public static RequestIntake of(RequestKind kind, SubjectId subject, Channel channel) {
    return new RequestIntake(kind, subject, channel);
  }

  /**
   * @param value a reference into the channel: an e-mail's message id, a call id, a letter number (at most 512 characters)
   * @return a copy with it
   */
  public RequestIntake withReference(String value) {
    String v = Text.requireWellFormed(Objects.requireNonNull(value, "reference must not be null"), "request reference");
    if (v.length() > 512) {
      throw new IllegalArgumentException("request reference must have at most 512 characters, had " + v.length());
    }
    RequestIntake c = copy();
    c.reference = v;
    return c;
  }

  /**
   * @param value the id to store the request under (e.g. the host's ticket number), making a retried receipt idempotent
   * @return a copy with it
   */
  public RequestIntake withId(RequestId value) {
    RequestIntake c = copy();
    c.id = Optional.of(Objects.requireNonNull(value, "id must not be null"));
    return c;
  }

  /**
   * @param value when the request arrived, if earlier than its recording (e.g. an e-mail's arrival); not in the future
   * @return a copy with it
   */
  public RequestIntake withReceivedAt(Instant value) {
    RequestIntake c = copy();
    c.receivedAt = Optional.of(Objects.requireNonNull(value, "receivedAt must not be null"));
    return c;
  }

  /**
   * @param value the categories asked about (access, erasure, blocking); empty means all the subject's data
   * @return a copy with them
   */
  public RequestIntake withCategories(Set<CategoryId> value) {
    RequestIntake c = copy();
    c.categories = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(value, "categories must not be null")));
    return c;
  }

  /**
   * @param value for a rectification: the corrected value of each category (personal data: stored, never logged)
   * @return a copy with them
   */
  public RequestIntake withCorrections(Map<CategoryId, String> value) {
    Objects.requireNonNull(value, "corrections must not be null");
    Map<CategoryId, String> m = new LinkedHashMap<>();
    value.forEach((k, v) -> m.put(Objects.requireNonNull(k, "correction category"),
        Text.requireWellFormed(Objects.requireNonNull(v, "corrected value of " + k), "corrected value of " + k)));
    RequestIntake c = copy();
    c.corrections = Collections.unmodifiableMap(m);
    return c;
  }

  /**
   * @param value for an objection: the objections raised
   * @return a copy with them
   */
  public RequestIntake withObjections(Set<ObjectionId> value) {
    RequestIntake c = copy();
    c.objections = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(value, "objections must not be null")));
    return c;
  }

  /**
   * @param value for a consent withdrawal: the consent-based purposes withdrawn
   * @return a copy with them
   */
  public RequestIntake withPurposes(Set<PurposeId> value) {
    RequestIntake c = copy();
    c.purposes = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(value, "purposes must not be null")));
    return c;
  }

  /**
   * @param value for access: how the answer is supplied (default electronic); decides the fee (R38)
   * @return a copy with it
   */
  public RequestIntake withMedium(RequestMedium value) {
    RequestIntake c = copy();
    c.medium = Objects.requireNonNull(value, "medium must not be null");
    return c;
  }

  /**
   * @param value what the request says, e.g. the breach a complaint describes (R35); stored, never logged
   * @return a copy with it
   */
  public RequestIntake withDescription(String value) {
    RequestIntake c = copy();
    c.description = Text.requireWellFormed(Objects.requireNonNull(value, "description must not be null"), "request description");
    return c;
  }

  /** @return what is asked for */
  public RequestKind kind() {
    return kind;
  }

  /** @return whom it concerns */
  public SubjectId subject() {
    return subject;
  }

  /** @return how it arrived */
  public Channel channel() {
    return channel;
  }

  /** @return the reference into the channel, or {@code ""} */
  public String reference() {
    return reference;
  }

  /** @return the id to store it under, if the host gives one */
  public Optional<RequestId> id() {
    return id;
  }

  /** @return when it arrived, if the host gives it */
  public Optional<Instant> receivedAt() {
    return receivedAt;
  }

  /** @return the categories asked about; empty means all */
  public Set<CategoryId> categories() {
    return categories;
  }

  /** @return the corrections of a rectification */
  public Map<CategoryId, String> corrections() {
    return corrections;
  }

  /** @return the objections of an objection */
  public Set<ObjectionId> objections() {
    return objections;
  }

  /** @return the purposes of a consent withdrawal */
  public Set<PurposeId> purposes() {
    return purposes;
  }

  /** @return how an access answer is supplied */
  public RequestMedium medium() {
    return medium;
  }

  /** @return the description, or {@code ""} */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return "RequestIntake[" + kind + " of " + subject + " by " + channel + "]";
  }
}
