package com.oriflame.privacy.decision;

/**
 * One family of decision rules. A rule looks at the facts and tells the verdict what fails
 * ({@code deny}), what grounds a permit ({@code permit}) and what the caller must do ({@code
 * oblige}); it never decides alone. Each implementation names in its Javadoc and its
 * {@code @Implements} mark the policy rules (R-numbers) and clauses it implements, and sits in
 * the ordered table of {@link Rules}.
 */
interface Rule {
  /**
   * @param f what is known, as of the request's instant
   * @param v where findings go
   */
  void apply(Facts f, Verdict v);
}
