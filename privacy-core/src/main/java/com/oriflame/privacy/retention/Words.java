package com.oriflame.privacy.retention;

import com.oriflame.privacy.policy.RetentionTrigger;

/** English words for retention reports. */
final class Words {
  private Words() {}

  static String of(RetentionTrigger trigger) {
    return switch (trigger) {
      case COLLECTION -> "the latest known collection";
      case END_OF_CONTRACT -> "the end of the contract";
      case LAST_ACTIVITY -> "the last activity";
      case WITHDRAWAL -> "the withdrawal of consent";
      case PURPOSE_FULFILLED -> "the fulfilment of the purpose";
    };
  }
}
