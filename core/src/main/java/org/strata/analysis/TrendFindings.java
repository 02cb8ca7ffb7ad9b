package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.strata.reference.Period;
import org.strata.store.Observation;

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

  List<Finding> changes(List<CategoryRow> rows, Period period, Period baseline) {
    List<Finding> out = new ArrayList<>();
    for (CategoryRow r : rows) {
      if (r.previousCount() == null || r.vsPrevious() == null) {
        continue;
      }
      Significance s = r.vsPrevious();
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("count", r.count());
      n.put("previous_count", r.previousCount());
      n.put("change", r.count() - r.previousCount());
      n.put("change_pct_vs_previous", round(r.changePctVsPrevious()));
      n.put("previous_period", period.previous().label());
      n.put("p_value", Findings.round4(s.pValue()));
      String baseDirection = null;
      if (r.baselineCount() != null && r.vsBaseline() != null) {
        n.put("baseline_period", baseline.label());
        n.put("baseline_count", r.baselineCount());
        n.put("change_vs_baseline", r.count() - r.baselineCount());
        n.put("change_pct_vs_baseline", round(r.changePctVsBaseline()));
        n.put("p_value_vs_baseline", Findings.round4(r.vsBaseline().pValue()));
        baseDirection = direction(r.vsBaseline(), r.count(), r.baselineCount());
        n.put("direction_vs_baseline", baseDirection);
      }
      List<String> cav = new ArrayList<>();
      if (s.volatile_()) {
        cav.add("small numbers: fewer than " + settings.smallCount()
            + " in a period; read the change with care");
      }
      Period from = r.baselineCount() != null && baseline.compareTo(period.previous()) < 0 ? baseline : period.previous();
      if (Findings.crossesConductChange(from, period)
          && CONDUCT_AFFECTED.contains(r.category().toLowerCase(Locale.ROOT))) {
        cav.add("not like for like: the April 2023 change to how conduct crimes (stalking,"
            + " harassment, controlling behaviour) are counted falls inside this comparison");
      }
      out.add(finding(r.category(), r.taxonomy(), n, "previous:" + period.previous().label(),
          direction(s, r.count(), r.previousCount()), s, cav));
    }
    return out;
  }

  /** {@code up} or {@code down} when significant, else {@code stable}. */
  static String direction(Significance s, long now, long before) {
    return !s.significant() ? "stable" : now > before ? "up" : "down";
  }

  /**
   * The latest month of each category's monthly series against the months before it: unusual
   * when the one-sided Poisson probability of a count at least that far from their mean is below
   * the threshold. Needs at least 12 earlier months.
   */
  List<Finding> unusualMonths(List<SeriesPoint> monthly) {
    Map<String, TreeMap<String, Long>> byCategory = new TreeMap<>();
    for (SeriesPoint p : monthly) {
      byCategory.computeIfAbsent(p.taxonomy() + "|" + p.category(), k -> new TreeMap<>()).put(p.period(), p.count());
    }
    List<Finding> out = new ArrayList<>();
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
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("month", latest);
      n.put("count", x);
      n.put("previous_period", series.lowerKey(latest));
      n.put("previous_count", series.lowerEntry(latest).getValue());
      n.put("expected", round(mean));
      n.put("months_before", before.size());
      n.put("upper_limit", upperLimit(mean, t.unusualMonthP()));
      n.put("lower_limit", lowerLimit(mean, t.unusualMonthP()));
      n.put("p_value", Findings.round4(p));
      Significance sig = new Significance(
          "Poisson control limit: latest month against the mean of the previous " + before.size()
              + " months (one-sided)", p, x / mean, null, null, true, x < settings.smallCount());
      out.add(finding(key[1], key[0], n, "previous_months:" + before.size(),
          x > mean ? "unusual_high" : "unusual_low", sig,
          List.of("one month against the average of the months before; seasonality is not removed")));
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

  private Finding finding(String category, String taxonomy, Map<String, Object> n, String comparator,
      String direction, Significance s, List<String> caveats) {
    return new Finding("trend", subject.counts().area().code(), subject.counts().area().name(),
        category, taxonomy, subject.counts().period().label(), n, comparator, direction, s, caveats);
  }

  private static Double round(Double v) {
    return v == null ? null : Findings.round(v);
  }
}
