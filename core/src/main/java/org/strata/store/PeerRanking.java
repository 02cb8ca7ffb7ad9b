package org.strata.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Ranks candidate districts by their distance from the subject in (log population, log density)
 * space: each coordinate is divided by its standard deviation across the candidates (population
 * form, divided by n) and the two count equally. When the subject has no area the ranking uses
 * log population alone; otherwise candidates without an area are left out. Ties go by code.
 */
final class PeerRanking {
  private PeerRanking() {}

  /** A district with its latest population and its area in hectares when known. */
  record Candidate(String code, long persons, OptionalDouble hectares) {}

  /** A candidate and its standardised distance from the subject. */
  record Ranked(String code, double distance) {}

  static List<Ranked> rank(Candidate subject, List<Candidate> candidates) {
    boolean density = subject.hectares().isPresent();
    List<Candidate> pool =
        candidates.stream().filter(c -> c.persons() > 0 && (!density || c.hectares().isPresent())).toList();
    double sx = sd(pool.stream().mapToDouble(PeerRanking::logPopulation).toArray());
    double sy = density ? sd(pool.stream().mapToDouble(PeerRanking::logDensity).toArray()) : 0;
    List<Ranked> out = new ArrayList<>();
    for (Candidate c : pool) {
      double dx = scaled(logPopulation(c) - logPopulation(subject), sx);
      double dy = density ? scaled(logDensity(c) - logDensity(subject), sy) : 0;
      out.add(new Ranked(c.code(), Math.hypot(dx, dy)));
    }
    out.sort(Comparator.comparingDouble(Ranked::distance).thenComparing(Ranked::code));
    return out;
  }

  private static double logPopulation(Candidate c) {
    return Math.log(c.persons());
  }

  private static double logDensity(Candidate c) {
    return Math.log(c.persons() / c.hectares().orElseThrow());
  }

  /** A difference in standard deviations; 0 when the candidates do not vary, as it ranks none. */
  private static double scaled(double difference, double sd) {
    return sd > 0 ? difference / sd : 0;
  }

  private static double sd(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double mean = 0;
    for (double v : values) {
      mean += v / values.length;
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / values.length);
  }
}
