package org.strata.analysis;

import org.jspecify.annotations.Nullable;

/**
 * The result of testing whether a count differs beyond chance from what another count, or a
 * series of counts, leads one to expect.
 *
 * @param test the test's name
 * @param pValue the p-value (two-sided for a comparison of two counts, one-sided for a control
 *     limit)
 * @param rateRatio the observed ratio of the later (or subject) rate to the earlier (or
 *     comparator) rate; null when undefined (no events in the earlier period)
 * @param lower lower bound of the 95% confidence interval of the rate ratio; null if undefined
 * @param upper upper bound of the 95% confidence interval of the rate ratio; null when unbounded
 * @param significant true when {@code pValue} is below the threshold in force
 * @param volatile_ true when a count is small enough that changes should not be over-read
 */
public record Significance(
    String test,
    double pValue,
    @Nullable Double rateRatio,
    @Nullable Double lower,
    @Nullable Double upper,
    boolean significant,
    boolean volatile_) {
  /** Turns infinite and undefined bounds into null, so JSON stays valid. */
  public Significance {
    rateRatio = finite(rateRatio);
    lower = finite(lower);
    upper = finite(upper);
  }

  private static @Nullable Double finite(@Nullable Double d) {
    return d == null || d.isNaN() || d.isInfinite() ? null : d;
  }
}
