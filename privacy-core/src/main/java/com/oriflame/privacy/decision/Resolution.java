package com.oriflame.privacy.decision;

import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Operation;

/**
 * What one compiled policy made of a request's ids, kept on the request so that a request asked
 * again is neither looked up nor validated again: the ids are known (else resolving threw), the
 * purpose's and categories' dense numbers, and whether the snapshot's permit memo may answer it,
 * with the memo key. Immutable: a request shared between threads may see any one engine's
 * resolution, and checks that it is its own.
 */
final class Resolution {
  final CompiledPolicy compiled;
  /** Whether a permit may be reused for an equal request in the same interval of a snapshot. */
  final boolean memoizable;
  final long shape;
  final long categories;
  final String productLine;

  private Resolution(CompiledPolicy compiled, boolean memoizable, long shape, long categories, String productLine) {
    this.compiled = compiled;
    this.memoizable = memoizable;
    this.shape = shape;
    this.categories = categories;
    this.productLine = productLine;
  }

  /**
   * @return the request's resolution under {@code compiled}, made and kept on the request if it has
   *     none for it yet
   * @throws com.oriflame.privacy.UnknownIdException if the request names a purpose, category or
   *     recipient the policy does not define (R3)
   */
  static Resolution of(CompiledPolicy compiled, Request request) {
    Resolution kept = request.resolution();
    if (kept != null && kept.compiled == compiled) {
      return kept;
    }
    compiled.policy.purpose(request.purpose());
    for (CategoryId c : request.categories()) {
      compiled.policy.category(c);
    }
    request.recipient().ifPresent(compiled.policy::recipient);
    Resolution made = make(compiled, request);
    request.resolution(made);
    return made;
  }

  private static Resolution make(CompiledPolicy compiled, Request r) {
    String line = r.productLine().orElse(null);
    int purpose = compiled.purposeNumber(r.purpose());
    boolean shaped = compiled.categoriesNumbered() && purpose >= 0 && r.recipient().isEmpty() && r.ground().isEmpty()
        && r.dataCollectedAt().isEmpty() && r.destinationCountry().isEmpty() && !r.operation().disposes()
        && r.operation() != Operation.CROSS_BORDER_TRANSFER;
    if (!shaped) {
      return new Resolution(compiled, false, 0, 0, line);
    }
    long categories = compiled.categoryBits(r.categories());
    boolean memoizable = categories != -1 && (categories & ~compiled.allowedCategories(purpose)) == 0;
    long shape = (long) purpose << 20 | r.operation().ordinal() << 12 | r.mode().ordinal() << 8
        | r.dataForm().ordinal() << 2 | (r.legalDemand() ? 1 : 0);
    return new Resolution(compiled, memoizable, shape, categories, line);
  }
}
