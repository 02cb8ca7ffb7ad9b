package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.Observation;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * Trend findings: each category's change against the previous period and the baseline, tested with
 * the exact conditional Poisson test, and the latest month of each monthly series against a Poisson
 * control limit from the months before it ("unusual this month").
 */
final class TrendFindings {
  /** Categories whose series the April 2023 conduct-crime counting change affects. */
  static final Set<String> CONDUCT_AFFECTED =
      Set.of("stalking and harassment", "violence against the person",
          "violence and sexual offences", "total recorded crime (excluding fraud)", "all crime");

  private final Observation subject;
  private final AnalysisSettings settings;

  TrendFindings(Observation subject, AnalysisSettings settings) {
    this.subject = subject;
    this.settings = settings;
  }

  List<Finding.Trend> changes(List<CategoryRow> rows, Period period, Period baseline) {
    List<Finding.Trend> out = new ArrayList<>();
    for (CategoryRow r : rows) {
      if (r.previousCount() == null || r.trend() == null) {
        continue;
      }
      Baseline base = null;
      if (r.baselineCount() != null && r.vsBaseline() != null && !baseline.equals(period)) {
        base = new Baseline(baseline.label(), r.baselineCount(), round(r.changePctVsBaseline()), r.vsBaseline(),
            Judgement.of(r.vsBaseline(), r.baselineCount(), r.count(), 0, 0).direction());
      }
      List<String> cav = new ArrayList<>();
      if (r.trend().significance().volatile_()) {
        cav.add("small numbers: fewer than " + settings.smallCount()
            + " in a period; read the change with care");
      }
      Period from = base != null && baseline.compareTo(period.previous()) < 0 ? baseline : period.previous();
      if (Findings.crossesConductChange(from, period)
          && CONDUCT_AFFECTED.contains(r.category().toLowerCase(Locale.ROOT))) {
        cav.add("not like for like: the April 2023 change to how conduct crimes (stalking,"
            + " harassment, controlling behaviour) are counted falls inside this comparison");
      }
      out.add(new Finding.Trend(Findings.subject(subject, r.category(), r.taxonomy()), r.count(),
          r.previousCount(), period.previous().label(), r.changePctVsPrevious(), r.trend(), base, cav));
    }
    return out;
  }

  /**
   * The latest month of each category's monthly series against the months before it: unusual
   * when the one-sided Poisson probability of a count at least that far from their mean is below
   * the threshold. Needs at least 12 earlier months.
   */
  List<Finding.UnusualMonth> unusualMonths(List<SeriesPoint> monthly) {
    Map<String, TreeMap<String, Long>> byCategory = new TreeMap<>();
    for (SeriesPoint p : monthly) {
      byCategory.computeIfAbsent(p.taxonomy().name() + "|" + p.category(), k -> new TreeMap<>()).put(p.period(), p.count());
    }
    List<Finding.UnusualMonth> out = new ArrayList<>();
    AnalysisSettings.Thresholds t = settings.thresholds();
    for (var e : byCategory.entrySet()) {
      TreeMap<String, Long> series = e.getValue();
      String latest = series.lastKey();
      if (!latest.equals(subject.counts().period().end().toString())) {
        continue;
      }
      List<Long> before = new ArrayList<>(series.headMap(latest).values());
      before = before.subList(Math.max(0, before.size() - t.controlMonths()), before.size());
      if (before.size() < 12) {
        continue;
      }
      double mean = before.stream().mapToLong(Long::longValue).average().orElse(0);
      long x = series.get(latest);
      if (!(mean > 0)) {
        continue;
      }
      double p = PoissonTest.tailProbability(x, mean);
      if (p >= t.unusualMonthP()) {
        continue;
      }
      String[] key = e.getKey().split("\\|", 2);
      Significance sig = new Significance(
          "Poisson control limit: latest month against the mean of the previous " + before.size()
              + " months (one-sided)", p, x / mean, null, null, true, x < settings.smallCount());
      out.add(new Finding.UnusualMonth(Findings.subject(subject, key[1], Taxonomy.valueOf(key[0])), latest, x,
          Findings.round(mean), before.size(), upperLimit(mean, t.unusualMonthP()), lowerLimit(mean, t.unusualMonthP()),
          x > mean, sig, List.of("one month against the average of the months before; seasonality is not removed")));
    }
    return out;
  }

  /** The smallest count whose upper tail is below {@code p}. */
  static long upperLimit(double mean, double p) {
    long k = (long) Math.ceil(mean);
    while (PoissonTest.tailProbability(k, mean) >= p) {
      k++;
    }
    return k;
  }

  /** The largest count whose lower tail is below {@code p}, or -1 when even 0 is not. */
  static long lowerLimit(double mean, double p) {
    long k = (long) Math.floor(mean);
    while (k >= 0 && (k >= mean || PoissonTest.tailProbability(k, mean) >= p)) {
      k--;
    }
    return k;
  }

  private static @Nullable Double round(@Nullable Double v) {
    return v == null ? null : Findings.round(v);
  }
}
