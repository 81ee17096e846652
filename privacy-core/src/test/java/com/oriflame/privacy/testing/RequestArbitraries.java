package com.oriflame.privacy.testing;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.Ground;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Condition;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RecipientId;
import com.oriflame.privacy.policy.RecipientKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for requests a host makes under a policy: a purpose of the policy, one to
 * three of the categories it covers, one of its operations, a recipient of the purpose when the
 * operation discloses data (as a host must, E3) and sometimes otherwise, in the recipient's data
 * form, about skin care (R8), backed by a legal demand where the purpose or recipient needs one
 * (R18). Requests shrink to the policy's first purpose, its first category, its first operation and
 * no recipient. Shipped in the core's test-jar.
 */
public final class RequestArbitraries {
  private RequestArbitraries() {}

  /**
   * @param policy the policy
   * @param subject whom the requests are about
   * @param at when they are made, e.g. {@link InstantArbitraries#around}
   * @return requests for every purpose of the policy
   */
  public static Arbitrary<Request> requests(Policy policy, SubjectId subject, Arbitrary<Instant> at) {
    return Arbitraries.of(policy.purposes().list()).flatMap(p -> requests(policy, p, subject, at));
  }

  /**
   * @param policy the policy
   * @param purpose one of its purposes
   * @param subject whom the requests are about
   * @param at when they are made
   * @return requests for that purpose
   */
  public static Arbitrary<Request> requests(Policy policy, Purpose purpose, SubjectId subject, Arbitrary<Instant> at) {
    return requests(policy, purpose, subject, at, op -> true);
  }

  /**
   * @param policy the policy
   * @param purpose one of its purposes
   * @param subject whom the requests are about
   * @param at when they are made
   * @param operations which of the purpose's operations to use ({@link Operation#USE} if it has none of them)
   * @return requests for that purpose
   */
  public static Arbitrary<Request> requests(Policy policy, Purpose purpose, SubjectId subject, Arbitrary<Instant> at,
      Predicate<Operation> operations) {
    List<CategoryId> covered = covered(policy, purpose);
    List<Operation> ops = purpose.operations().stream().filter(operations).toList();
    List<Operation> usable = ops.isEmpty() ? List.of(Operation.USE) : ops;
    List<RecipientId> recipients = new ArrayList<>(purpose.recipients());
    return Combinators.combine(Arbitraries.of(covered).set().ofMinSize(1).ofMaxSize(3), Arbitraries.of(usable),
            Arbitraries.integers().between(0, recipients.size()), at)
        .as((categories, op, r, instant) -> {
          int recipient = r == 0 && op.discloses() && !recipients.isEmpty() ? 1 : r;
          Request request = Request.of(subject, purpose, categories).withOperation(op).withProductLine("skin-care")
              .withInstant(instant);
          if (recipient > 0) {
            Recipient to = policy.recipient(recipients.get(recipient - 1));
            request = request.withRecipient(to).withDataForm(to.dataForm());
          }
          return grounded(policy, purpose, request);
        });
  }

  /**
   * @param policy the policy
   * @param subject whom the requests are about
   * @param at when they are made
   * @return requests for a purpose that name, besides categories it covers, one category of the
   *     policy it does not cover (E2); none if every purpose covers every category
   */
  public static Arbitrary<Request> withForeignCategory(Policy policy, SubjectId subject, Arbitrary<Instant> at) {
    List<Purpose> narrow = policy.purposes().stream().filter(p -> !foreign(policy, p).isEmpty()).toList();
    if (narrow.isEmpty()) {
      return Arbitraries.of(policy.purposes().list()).flatMap(p -> requests(policy, p, subject, at));
    }
    return Arbitraries.of(narrow).flatMap(p -> Combinators.combine(requests(policy, p, subject, at), Arbitraries.of(foreign(policy, p)))
        .as((r, outside) -> {
          Set<CategoryId> categories = new LinkedHashSet<>(r.categories());
          categories.add(outside);
          return withCategories(r, categories);
        }));
  }

  /**
   * @param policy the policy
   * @param kind a kind of recipient
   * @param forms the data forms to ask for
   * @param subject whom the requests are about
   * @param at when they are made
   * @return disclosures to recipients of that kind, under a purpose that lists the recipient (any
   *     purpose if none does), in one of {@code forms}
   * @throws IllegalArgumentException if the policy has no recipient of that kind
   */
  public static Arbitrary<Request> disclosuresTo(Policy policy, RecipientKind kind, Set<DataForm> forms, SubjectId subject,
      Arbitrary<Instant> at) {
    List<Recipient> recipients = policy.recipients().stream().filter(r -> r.kind() == kind).toList();
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("policy " + policy.id() + " has no recipient of kind " + kind);
    }
    return Arbitraries.of(recipients).flatMap(to -> {
      List<Purpose> listing = policy.purposes().stream().filter(p -> p.recipients().contains(to.id())).toList();
      List<Purpose> purposes = listing.isEmpty() ? policy.purposes().list() : listing;
      return Arbitraries.of(purposes).flatMap(p -> Combinators.combine(
              requests(policy, p, subject, at, Operation::discloses), Arbitraries.of(forms.stream().sorted().toList()))
          .as((r, form) -> {
            Operation op = r.operation().discloses() ? r.operation() : Operation.DISSEMINATION;
            return grounded(policy, p, r.withOperation(op).withRecipient(to).withDataForm(form));
          }));
    });
  }

  /** Disclosures to authorities and purposes that need one rest on a legal demand (R18). */
  private static Request grounded(Policy policy, Purpose purpose, Request r) {
    boolean authority = r.recipient().map(policy::recipient).filter(to -> to.kind() == RecipientKind.AUTHORITY).isPresent();
    return authority || purpose.conditions().contains(Condition.LEGAL_DEMAND) ? r.withGround(Ground.legalDemand("demand-1")) : r;
  }

  /** @return the request with {@code categories} instead of its own, all else the same */
  static Request withCategories(Request r, Set<CategoryId> categories) {
    return Request.of(r.subject(), r.purpose(), categories).withOperation(r.operation())
        .withRecipient(r.recipient().orElse(null)).withInstant(r.instant().orElse(null)).withDataForm(r.dataForm())
        .withProductLine(r.productLine().orElse(null)).withGround(r.ground().orElse(null))
        .withDataCollectedAt(r.dataCollectedAt().orElse(null)).withMode(r.mode())
        .withDestinationCountry(r.destinationCountry().orElse(null));
  }

  /** @return the policy's categories the purpose covers, its own first */
  static List<CategoryId> covered(Policy policy, Purpose purpose) {
    Set<CategoryId> covered = new LinkedHashSet<>(purpose.categories());
    for (DataCategory c : policy.categories()) {
      if (purpose.allows(c.id())) {
        covered.add(c.id());
      }
    }
    return List.copyOf(covered);
  }

  /** @return the policy's categories the purpose does not cover */
  static List<CategoryId> foreign(Policy policy, Purpose purpose) {
    return policy.categories().stream().map(DataCategory::id).filter(c -> !purpose.allows(c)).toList();
  }
}
