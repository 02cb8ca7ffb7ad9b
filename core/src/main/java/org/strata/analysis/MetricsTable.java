package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.strata.store.AssessmentInput;

/**
 * The tidy table of every number the documents quote ({@code metrics.csv}), one row per number,
 * for the subject and each comparator. Measures are listed in the README.
 */
final class MetricsTable {
  private MetricsTable() {}

  static List<Metric> of(Assessment a, AssessmentInput in) {
    List<Metric> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String subjectCode = a.areaCode();
    for (SeriesPoint p : a.series()) {
      add(out, seen, p.areaCode(), p.areaName(), p.period(), p.category(), p.taxonomy(), "count", p.count());
      if (p.ratePer1000() != null) {
        add(out, seen, p.areaCode(), p.areaName(), p.period(), p.category(), p.taxonomy(), "rate_per_1000", p.ratePer1000());
      }
    }
    for (var o : in.observations()) {
      if (o.population() != null) {
        String period = o.counts().period().label();
        add(out, seen, o.counts().area().code(), o.counts().area().name(), period, "All", "", "population", o.population().persons());
        add(out, seen, o.counts().area().code(), o.counts().area().name(), period, "All", "", "population_year", o.population().year());
      }
    }
    for (RateRow r : a.headline()) {
      add(out, seen, r.areaCode(), r.areaName(), a.period(), r.category(), r.taxonomy(), "computed", r.computed() ? 1 : 0);
    }
    for (CategoryRow c : a.categories()) {
      String p = a.period();
      if (c.shareOfTotal() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy(), "share_of_total", c.shareOfTotal());
      }
      if (c.shareOfParent() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy(), "share_of_parent", c.shareOfParent());
      }
      if (c.changePctVsPrevious() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy(), "change_pct_vs_previous", c.changePctVsPrevious());
      }
      if (c.vsPrevious() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy(), "p_value_vs_previous", c.vsPrevious().pValue());
      }
      if (c.changePctVsBaseline() != null) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy(), "change_pct_vs_baseline", c.changePctVsBaseline());
      }
      if (c.ratePer1000() != null && c.forceRate() != null && c.forceRate() > 0) {
        add(out, seen, subjectCode, a.areaName(), p, c.category(), c.taxonomy(), "comparator_ratio", c.ratePer1000() / c.forceRate());
      }
    }
    for (Finding f : a.findings("place")) {
      Object share = f.numbers().get("top_decile_share_pct");
      Object gini = f.numbers().get("gini");
      if (share instanceof Number n) {
        add(out, seen, subjectCode, a.areaName(), a.period(), f.category(), "police_uk", "share_in_top_decile_lsoas", n.doubleValue());
      }
      if (gini instanceof Number n) {
        add(out, seen, subjectCode, a.areaName(), a.period(), f.category(), "police_uk", "gini_lsoa", n.doubleValue());
      }
    }
    for (PriorityRow r : a.priorities()) {
      add(out, seen, subjectCode, a.areaName(), a.period(), r.category(), r.taxonomy(), "priority_score", r.score());
      add(out, seen, subjectCode, a.areaName(), a.period(), r.category(), r.taxonomy(), "priority_rank", r.rank());
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
