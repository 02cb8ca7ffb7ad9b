package org.strata.analysis;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * The exact conditional test for two Poisson counts (Przyborowski and Wilenski 1940; as R's {@code
 * poisson.test}): given the total {@code n = x1 + x2}, the later count is binomial with {@code p =
 * t2 / (t1 + t2)} when the rates are equal. Two-sided p-value by the method of small p-values;
 * rate-ratio interval from the Clopper–Pearson interval of the binomial proportion.
 */
public final class PoissonTest {
  /** Counts below this in either period are flagged volatile. */
  public static final int SMALL_COUNT = 20;

  /** Significance threshold for two-sided p-values. */
  public static final double ALPHA = 0.05;

  static final String NAME = "exact conditional Poisson test (two-sided)";

  private PoissonTest() {}

  /**
   * Compares a later count with an earlier one.
   *
   * @param earlier count in the earlier period (or comparator)
   * @param earlierExposure its exposure (population × time, or 1 for equal exposure)
   * @param later count in the later period (or subject)
   * @param laterExposure its exposure
   * @throws IllegalArgumentException if a count is negative or an exposure not positive.
   */
  public static Significance compare(
      long earlier, double earlierExposure, long later, double laterExposure) {
    return compare(earlier, earlierExposure, later, laterExposure, ALPHA, SMALL_COUNT);
  }

  /**
   * Compares a later count with an earlier one at a significance level, flagging counts below
   * {@code smallCount} as volatile. The confidence interval stays at 95%.
   *
   * @throws IllegalArgumentException if a count is negative or an exposure not positive.
   */
  public static Significance compare(
      long earlier, double earlierExposure, long later, double laterExposure, double alpha,
      int smallCount) {
    if (earlier < 0 || later < 0) {
      throw new IllegalArgumentException("counts must be >= 0, were " + earlier + ", " + later);
    }
    if (!(earlierExposure > 0) || !(laterExposure > 0)) {
      throw new IllegalArgumentException(
          "exposures must be > 0, were " + earlierExposure + ", " + laterExposure);
    }
    boolean small = earlier < smallCount || later < smallCount;
    long n = earlier + later;
    double ratio = (later / laterExposure) / (earlier / earlierExposure);
    if (n == 0) {
      return new Significance(NAME, 1.0, null, 0.0, null, false, true);
    }
    if (n > Integer.MAX_VALUE) {
      return normalApproximation(earlier, earlierExposure, later, laterExposure, small, alpha);
    }
    double p0 = laterExposure / (earlierExposure + laterExposure);
    BinomialDistribution b = new BinomialDistribution(null, (int) n, p0);
    double pValue = smallPValues(b, (int) later, (int) n);
    double[] ci = clopperPearson(later, n);
    double scale = earlierExposure / laterExposure;
    double lower = ci[0] / (1 - ci[0]) * scale;
    double upper = ci[1] >= 1 ? Double.POSITIVE_INFINITY : ci[1] / (1 - ci[1]) * scale;
    return new Significance(NAME, pValue, ratio, lower, upper, pValue < alpha, small);
  }

  /** Sum of the probabilities of every outcome no more likely than the one observed. */
  private static double smallPValues(BinomialDistribution b, int x, int n) {
    double d = b.probability(x) * (1 + 1e-7);
    double p = 0;
    // Very large totals: sum only where the mass is; beyond ±40 sd the terms vanish.
    double mean = n * b.getProbabilityOfSuccess();
    double sd = Math.sqrt(n * b.getProbabilityOfSuccess() * (1 - b.getProbabilityOfSuccess()));
    int from = (int) Math.max(0, Math.floor(mean - 40 * sd - 1));
    int to = (int) Math.min(n, Math.ceil(mean + 40 * sd + 1));
    if (x < from || x > to) {
      return 0;
    }
    for (int k = from; k <= to; k++) {
      double pk = b.probability(k);
      if (pk <= d) {
        p += pk;
      }
    }
    return Math.min(1.0, p);
  }

  private static double[] clopperPearson(long x, long n) {
    double lower =
        x == 0 ? 0 : new BetaDistribution(null, x, n - x + 1.0).inverseCumulativeProbability(0.025);
    double upper =
        x == n ? 1 : new BetaDistribution(null, x + 1.0, n - x).inverseCumulativeProbability(0.975);
    return new double[] {lower, upper};
  }

  private static Significance normalApproximation(
      long e, double te, long l, double tl, boolean small, double alpha) {
    double logRr = Math.log((l / tl) / (e / te));
    double se = Math.sqrt(1.0 / l + 1.0 / e);
    double z = logRr / se;
    double p = 2 * (1 - new NormalDistribution(null, 0, 1).cumulativeProbability(Math.abs(z)));
    return new Significance(
        "log rate ratio z-test (counts too large for the exact test)", p, Math.exp(logRr),
        Math.exp(logRr - 1.96 * se), Math.exp(logRr + 1.96 * se), p < alpha, small);
  }

  /**
   * The probability of a count at least as far from {@code mean} as {@code observed} in its own
   * direction under a Poisson distribution: {@code P(X >= observed)} when above the mean, {@code
   * P(X <= observed)} when below. Used as a control limit for one month against the months before.
   *
   * @throws IllegalArgumentException if the count is negative or the mean not positive.
   */
  public static double tailProbability(long observed, double mean) {
    if (observed < 0 || !(mean > 0)) {
      throw new IllegalArgumentException(
          "expected a count >= 0 and a mean > 0, found " + observed + ", " + mean);
    }
    if (observed > Integer.MAX_VALUE) {
      return 0;
    }
    PoissonDistribution d =
        new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
            PoissonDistribution.DEFAULT_MAX_ITERATIONS);
    int x = (int) observed;
    return observed >= mean ? 1 - d.cumulativeProbability(x - 1) : d.cumulativeProbability(x);
  }
}
