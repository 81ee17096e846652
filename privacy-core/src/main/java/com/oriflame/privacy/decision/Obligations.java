package com.oriflame.privacy.decision;

import com.oriflame.privacy.policy.AggregationTerms;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Recipient;
import java.util.Locale;

/** The detail text of obligations that go with a permit. */
final class Obligations {
  private Obligations() {}

  static String detail(ObligationKind kind, Facts f, Recipient recipient) {
    return switch (kind) {
      case AGGREGATES_ONLY -> "release aggregate figures only, never rows about individuals";
      case SUPPRESS_SMALL_GROUPS -> "suppress groups smaller than "
          + recipient.aggregation().map(AggregationTerms::minimumGroupSize).orElse(2) + " subjects";
      case ENCRYPT_IN_TRANSIT -> "encrypt files of personal data sent over a public network";
      case RECORD_DISCLOSURE -> "record the disclosure to " + recipient.id() + " with its ground: "
          + f.request.ground().map(g -> name(g.kind()) + " " + g.reference()).orElseGet(() -> name(f.purpose.legalBasis()))
          + " (" + f.purpose.id() + ")";
      case LOG_CROSS_BORDER -> crossBorder(f);
      case NOTIFY_SUBJECT -> notifySubject(recipient);
      case RETURN_AND_DESTROY_ON_END -> "return and destroy the data when the relationship ends";
    };
  }

  static String crossBorder(Facts f) {
    return "log the transfer to " + f.request.destinationCountry().orElse("the destination country")
        + " with recipient, purpose and categories";
  }

  static String notifySubject(Recipient recipient) {
    return "notify the subject of the transfer to " + recipient.id() + " in the form of Decree No. 759";
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
