package org.strata.analysis;

/** Rates, shares and changes, defined once so every output computes them the same way. */
public final class Rates {
  private Rates() {}

  /**
   * Count per 1,000 residents.
   *
   * @throws IllegalArgumentException if the population is not positive.
   */
  public static double perThousand(long count, long population) {
    if (population <= 0) {
      throw new IllegalArgumentException("population must be > 0, was " + population);
    }
    return count * 1000.0 / population;
  }

  /** Part as a percentage of whole; null when the whole is zero. */
  public static Double sharePct(long part, long whole) {
    return whole == 0 ? null : part * 100.0 / whole;
  }

  /** Percentage change from {@code before} to {@code after}; null when {@code before} is zero. */
  public static Double changePct(long before, long after) {
    return before == 0 ? null : (after - before) * 100.0 / before;
  }
}
