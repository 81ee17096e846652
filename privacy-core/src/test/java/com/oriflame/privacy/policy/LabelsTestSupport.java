package com.oriflame.privacy.policy;

/** Labels for tests. */
public final class LabelsTestSupport {
  private LabelsTestSupport() {}

  /** @return labels with all three languages derived from {@code en} */
  public static Labels all(String en) {
    return Labels.of("ky " + en, "ru " + en, en);
  }
}
