package org.strata.demo;

import java.util.SplittableRandom;

/** Poisson draws for the generator: Knuth's method for small means, a rounded normal beyond. */
final class Poisson {
  private Poisson() {}

  static int draw(double mean, SplittableRandom rnd) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 60) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * Neighbourhoods.gaussian(rnd)));
    }
    double limit = Math.exp(-mean);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= rnd.nextDouble();
    } while (p > limit);
    return k - 1;
  }
}
