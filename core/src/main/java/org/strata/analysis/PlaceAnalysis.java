package org.strata.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.PlaceCount;
import org.strata.reference.Taxonomy;

/**
 * Place statistics from incident-level data: counts by LSOA, concentration (share in the top 10%
 * of LSOAs, Gini coefficient), top locations and persistent hot spots (LSOAs in the top decile in
 * most months of the period).
 */
public final class PlaceAnalysis {
  /** A top-decile share at or above this percentage makes the area's crime "concentrated". */
  static final double CONCENTRATED_PCT = 25;

  /** The category place findings are about: every police.uk record, crimes and ASB. */
  static final String ALL_RECORDS = "All police.uk records";

  private PlaceAnalysis() {}

  /** One row per LSOA, busiest first. */
  public static List<PlaceRow> rows(List<PlaceCount> counts) {
    Map<String, long[]> total = new LinkedHashMap<>();
    Map<String, PlaceCount> any = new HashMap<>();
    Map<String, Map<String, Long>> byMonth = new TreeMap<>();
    for (PlaceCount c : counts) {
      total.computeIfAbsent(c.lsoaCode(), k -> new long[1])[0] += c.count();
      any.putIfAbsent(c.lsoaCode(), c);
      byMonth.computeIfAbsent(c.month(), k -> new HashMap<>()).merge(c.lsoaCode(), c.count(), Long::sum);
    }
    Map<String, Integer> topMonths = new HashMap<>();
    for (Map<String, Long> month : byMonth.values()) {
      List<Map.Entry<String, Long>> sorted = new ArrayList<>(month.entrySet());
      sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
      int decile = Math.max(1, (int) Math.ceil(total.size() / 10.0));
      for (int i = 0; i < Math.min(decile, sorted.size()); i++) {
        topMonths.merge(sorted.get(i).getKey(), 1, Integer::sum);
      }
    }
    long all = total.values().stream().mapToLong(v -> v[0]).sum();
    int months = byMonth.size();
    List<PlaceRow> rows = new ArrayList<>();
    for (var e : total.entrySet()) {
      PlaceCount c = any.get(e.getKey());
      int top = topMonths.getOrDefault(e.getKey(), 0);
      rows.add(
          new PlaceRow(
              e.getKey(), c.lsoaName(), e.getValue()[0], all == 0 ? 0 : e.getValue()[0] * 100.0 / all,
              top, months, months >= 3 && top * 2 > months, c.longitude(), c.latitude(), c.topLocation()));
    }
    rows.sort(Comparator.comparingLong(PlaceRow::count).reversed().thenComparing(PlaceRow::lsoaCode));
    return rows;
  }

  /** Share (percent) of all incidents in the busiest 10% of LSOAs (at least one LSOA). */
  public static double topDecileShare(List<PlaceRow> rows) {
    long all = rows.stream().mapToLong(PlaceRow::count).sum();
    if (all == 0) {
      return 0;
    }
    int n = Math.max(1, (int) Math.ceil(rows.size() / 10.0));
    long top = rows.stream().sorted(Comparator.comparingLong(PlaceRow::count).reversed()).limit(n)
        .mapToLong(PlaceRow::count).sum();
    return top * 100.0 / all;
  }

  /**
   * The Gini coefficient of counts across LSOAs: 0 when every LSOA has the same count, towards 1
   * when all incidents are in one.
   */
  public static double gini(List<Long> counts) {
    int n = counts.size();
    long sum = counts.stream().mapToLong(Long::longValue).sum();
    if (n == 0 || sum == 0) {
      return 0;
    }
    List<Long> sorted = counts.stream().sorted().toList();
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      weighted += (i + 1) * (double) sorted.get(i);
    }
    return (2 * weighted) / (n * (double) sum) - (n + 1.0) / n;
  }

  static List<Finding> findings(List<PlaceRow> rows, Observation subject) {
    List<Finding> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    Subject about = Findings.subject(subject, ALL_RECORDS, Taxonomy.POLICE_UK);
    double share = topDecileShare(rows);
    PlaceRow top = rows.get(0);
    out.add(new Finding.Concentration(about, rows.size(), rows.stream().mapToLong(PlaceRow::count).sum(),
        Math.max(1, (int) Math.ceil(rows.size() / 10.0)), Findings.round(share),
        Findings.round4(gini(rows.stream().map(PlaceRow::count).toList())),
        rows.stream().filter(PlaceRow::persistentHotSpot).count(), top.lsoaName(), top.lsoaCode(), top.count(),
        top.topLocation(), share >= CONCENTRATED_PCT,
        List.of("rates by LSOA need LSOA populations, which the store does not hold: counts only")));
    rows.stream().filter(PlaceRow::persistentHotSpot).limit(5).forEach(r ->
        out.add(new Finding.HotSpot(about, r.lsoaName(), r.lsoaCode(), r.count(), Findings.round(r.share()),
            r.topDecileMonths(), r.months(), r.topLocation())));
    return out;
  }
}
