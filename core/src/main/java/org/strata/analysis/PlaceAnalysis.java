package org.strata.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strata.store.Observation;
import org.strata.store.PlaceCount;

/**
 * Place statistics from incident-level data: counts by LSOA, concentration (share in the top 10%
 * of LSOAs, Gini coefficient), top locations and persistent hot spots (LSOAs in the top decile in
 * most months of the period).
 */
public final class PlaceAnalysis {
  /** A top-decile share at or above this percentage makes the area's crime "concentrated". */
  static final double CONCENTRATED_PCT = 25;

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
    double share = topDecileShare(rows);
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("lsoas", rows.size());
    n.put("incidents", rows.stream().mapToLong(PlaceRow::count).sum());
    n.put("top_decile_lsoas", Math.max(1, (int) Math.ceil(rows.size() / 10.0)));
    n.put("top_decile_share_pct", Findings.round(share));
    n.put("gini", Findings.round4(gini(rows.stream().map(PlaceRow::count).toList())));
    n.put("persistent_hot_spots", rows.stream().filter(PlaceRow::persistentHotSpot).count());
    PlaceRow top = rows.get(0);
    n.put("top_lsoa", top.lsoaName());
    n.put("top_lsoa_code", top.lsoaCode());
    n.put("top_lsoa_count", top.count());
    n.put("top_location", top.topLocation());
    out.add(place(subject, "All police.uk records", n, share >= CONCENTRATED_PCT ? "concentrated" : "dispersed",
        List.of("rates by LSOA need LSOA populations, which the store does not hold: counts only")));
    rows.stream().filter(PlaceRow::persistentHotSpot).limit(5).forEach(r -> {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("lsoa", r.lsoaName());
      h.put("lsoa_code", r.lsoaCode());
      h.put("count", r.count());
      h.put("share_pct", Findings.round(r.share()));
      h.put("top_decile_months", r.topDecileMonths());
      h.put("months", r.months());
      h.put("top_location", r.topLocation());
      out.add(place(subject, "All police.uk records", h, "persistent_hot_spot", List.of()));
    });
    return out;
  }

  private static Finding place(Observation subject, String category, Map<String, Object> n,
      String direction, List<String> caveats) {
    return new Finding("place", subject.counts().area().code(), subject.counts().area().name(),
        category, "police_uk", subject.counts().period().label(), n, "lsoas_of_area", direction, null,
        caveats);
  }
}
