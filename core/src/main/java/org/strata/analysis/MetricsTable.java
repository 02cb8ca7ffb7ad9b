package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.strata.analysis.input.Observation;

/**
 * The tidy table of every number the documents quote ({@code metrics.csv}), one row per number,
 * for the subject and each comparator. Measures are listed in the README.
 */
final class MetricsTable {
  private MetricsTable() {}

  /** The parts of the assessment the table is made from. */
  record Parts(String areaCode, String areaName, String period, List<SeriesPoint> series, List<RateRow> headline,
      List<CategoryRow> categories, List<Finding> findings, List<PriorityRow> priorities) {}

  static List<Metric> of(Parts a, List<Observation> observations) {
    List<Metric> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String subjectCode = a.areaCode();
    for (SeriesPoint p : a.series()) {
      add(out, seen, p.areaCode(), p.areaName(), p.period(), p.category(), p.taxonomy().key(), "count", p.count());
      if (p.ratePer1000() != null) {
        add(out, seen, p.areaCode(), p.areaName(), p.period(), p.category(), p.taxonomy().key(), "rate_per_1000", p.ratePer1000());
      }
    }
    for (var o : observations) {
      if (o.population() != null) {
        String period = o.counts().period().label();
        add(out, seen, o.counts().area().code(), o.counts().area().name(), period, "All", "", "population", o.population().persons());
        add(out, seen, o.counts().area().code(), o.counts().area().name(), period, "All", "", "population_year", o.population().year());
      }
    }
    for (RateRow r : a.headline()) {
      add(out, seen, r.areaCode(), r.areaName(), a.period(), r.category(), r.taxonomy().key(), "computed", r.computed() ? 1 : 0);
    }
    for (CategoryRow c : a.categories()) {
      String p = a.period();
      if (c.shareOfTotal() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy().key(), "share_of_total", c.shareOfTotal());
      }
      if (c.shareOfParent() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy().key(), "share_of_parent", c.shareOfParent());
      }
      if (c.changePctVsPrevious() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy().key(), "change_pct_vs_previous", c.changePctVsPrevious());
      }
      if (c.vsPrevious() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy().key(), "p_value_vs_previous", c.vsPrevious().pValue());
      }
      if (c.changePctVsBaseline() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy().key(), "change_pct_vs_baseline", c.changePctVsBaseline());
      }
      if (c.ratePer1000() != null && c.forceRate() != null && c.forceRate() > 0) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy().key(), "comparator_ratio", c.ratePer1000() / c.forceRate());
      }
    }
    for (Finding f : a.findings()) {
      if (f instanceof Finding.Concentration c) {
        add(out, seen, subjectCode, a.areaName(), a.period(), c.category(), "police_uk", "share_in_top_decile_lsoas", c.topDecileSharePct());
        add(out, seen, subjectCode, a.areaName(), a.period(), c.category(), "police_uk", "gini_lsoa", c.gini());
      }
    }
    for (PriorityRow r : a.priorities()) {
      add(out, seen, subjectCode, a.areaName(), a.period(), r.category(), r.taxonomy().key(), "priority_score", r.score());
      add(out, seen, subjectCode, a.areaName(), a.period(), r.category(), r.taxonomy().key(), "priority_rank", r.rank());
    }
    return out;
  }

  private static void add(List<Metric> out, Set<String> seen, String code, String name, String period,
      String category, String taxonomy, String measure, double value) {
    String key = code + "|" + period + "|" + category + "|" + taxonomy + "|" + measure;
    if (seen.add(key)) {
      out.add(new Metric(code, name, period, category, taxonomy, measure, value));
    }
  }
}
