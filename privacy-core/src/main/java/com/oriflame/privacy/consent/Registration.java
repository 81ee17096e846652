package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A submitted registration form (the Consultant Application Form on paper or on the web, §0): the
 * acceptance of the policy together with the form's tick boxes, recorded as one event so that they
 * take effect at the same instant (R9, R11). Build it with {@link #through(Evidence)} and the
 * {@code consentingTo} / {@code optingOutOf} methods.
 *
 * <pre>{@code
 * engine.consents().register(subject, Registration.through(Evidence.of(Channel.CAF_PAPER, "CAF 000123"))
 *     .consentingTo(sms, email)                       // the SMS and e-mail boxes (§2(2))
 *     .optingOutOf(policy.objection("objection.third-party-marketing")));   // §6.1
 * }</pre>
 *
 * <p>Stability: stable.
 *
 * @param evidence how the form was submitted; the channel must be one whose form accepts the
 *     policy on submission (or the evidence must name such a form)
 * @param consents the purposes whose consent box was ticked
 * @param optOuts the objections whose opt-out box was ticked
 */
public record Registration(Evidence evidence, Set<PurposeId> consents, Set<ObjectionId> optOuts) {

  /**
   * Copies the boxes; rejects missing evidence.
   *
   * @param evidence how the form was submitted; the channel must be one whose form accepts the
   *     policy on submission (or the evidence must name such a form)
   * @param consents the purposes whose consent box was ticked
   * @param optOuts the objections whose opt-out box was ticked
   */
  public Registration {
    Objects.requireNonNull(evidence, "registration evidence is missing");
    consents = Copies.orderedSet(consents, "consent boxes");
    optOuts = Copies.orderedSet(optOuts, "opt-out boxes");
  }

  /**
   * @param evidence how the form was submitted, e.g. {@code Evidence.of(Channel.CAF_PAPER, "CAF 000123")}
   * @return a registration with no box ticked
   */
  public static Registration through(Evidence evidence) {
    return new Registration(evidence, Set.of(), Set.of());
  }

  /**
   * @param purposes purposes whose consent box was ticked
   * @return this registration with those boxes ticked too
   */
  public Registration consentingTo(Purpose... purposes) {
    Set<PurposeId> ids = new LinkedHashSet<>(consents);
    Arrays.stream(purposes).forEach(p -> ids.add(p.id()));
    return new Registration(evidence, ids, optOuts);
  }

  /**
   * @param objections objections whose opt-out box was ticked
   * @return this registration with those boxes ticked too
   */
  public Registration optingOutOf(Objection... objections) {
    Set<ObjectionId> ids = new LinkedHashSet<>(optOuts);
    Arrays.stream(objections).forEach(o -> ids.add(o.id()));
    return new Registration(evidence, consents, ids);
  }
}
