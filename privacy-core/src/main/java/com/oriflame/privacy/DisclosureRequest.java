package com.oriflame.privacy;

import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.disclosure.Disclosure;
import com.oriflame.privacy.internal.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A release of a subject's data to a recipient, to be decided and logged by {@link
 * PrivacyEngine#disclose}: the {@link Request} (subject, purpose, categories, recipient, operation
 * {@code DISSEMINATION} or {@code CROSS_BORDER_TRANSFER}, destination country, ground, instant),
 * with an optional id that makes retries idempotent and the named receiving party.
 *
 * <pre>{@code
 * DisclosureRequest.of(Request.of(subject, policy.purpose("legal.authority-requests"), policy.categories("identity.tax-id"))
 *         .withRecipient(policy.recipient("authorities"))
 *         .withOperation(Operation.DISSEMINATION)
 *         .withGround(Ground.legalDemand("No. 12/345")))
 *     .withId("tax-service-2024-031")
 *     .withParty("State Tax Service");
 * }</pre>
 *
 * <p>Stability: stable.
 *
 * @param request the request to decide
 * @param id the host's id for the disclosure (e.g. its own reference), so that a retry logs it
 *     once; empty to have the engine generate one
 * @param party the named receiving party (a company or authority), if the host names one
 */
public record DisclosureRequest(Request request, Optional<String> id, Optional<String> party) {

  /**
   * Checks the fields.
   *
   * @param request the request to decide
   * @param id the host's id for the disclosure, or {@code Optional.empty()}
   * @param party the named receiving party, or {@code Optional.empty()}
   */
  public DisclosureRequest {
    Objects.requireNonNull(request, "request is missing");
    id = Objects.requireNonNull(id, "id: Optional.empty() to have one generated").map(Disclosure::requireId);
    party = Objects.requireNonNull(party, "party: Optional.empty() for none");
    if (party.isPresent()) {
      if (party.get().isBlank()) {
        throw new IllegalArgumentException("party is blank; omit withParty(...) for none");
      }
      Text.requirePrintable(Text.requireWellFormed(party.get(), "party"), "party");
    }
  }

  /**
   * @param request the request to decide
   * @return a disclosure request with a generated id and no named party
   */
  public static DisclosureRequest of(Request request) {
    return new DisclosureRequest(request, Optional.empty(), Optional.empty());
  }

  /**
   * @param value the host's id for the disclosure, 1 to 128 printable characters; {@code null} to generate one
   * @return this request with that id
   */
  public DisclosureRequest withId(String value) {
    return new DisclosureRequest(request, Optional.ofNullable(value), party);
  }

  /**
   * @param value the named receiving party, or {@code null} for none
   * @return this request naming that party
   */
  public DisclosureRequest withParty(String value) {
    return new DisclosureRequest(request, id, Optional.ofNullable(value));
  }

  /** Leaves out the id and party (host text). */
  @Override
  public String toString() {
    return "DisclosureRequest[" + request + (id.isPresent() ? ", id given" : "") + (party.isPresent() ? ", party named" : "") + "]";
  }
}
