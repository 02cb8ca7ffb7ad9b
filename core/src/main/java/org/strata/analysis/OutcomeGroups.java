package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.strata.analysis.input.OutcomeCount;

/**
 * Groups police.uk's "Last outcome category" values into the outcome groups the report shows and
 * turns outcome counts into {@link OutcomeRow}s. An outcome police.uk adds later falls in "other".
 */
public final class OutcomeGroups {
  /** The groups, in the order the report shows them. */
  public static final List<String> GROUPS = List.of(
      "Charged or summonsed", "Out-of-court disposal", "Not in the public interest", "Unable to prosecute",
      "No suspect identified", "Under investigation", "Another organisation", "Other or unavailable");

  /** The name of the row for every crime type together. */
  public static final String ALL_CRIME = "All crime";

  private OutcomeGroups() {}

  /** The group of an outcome as police.uk writes it. */
  public static String groupOf(String outcome) {
    String o = outcome.toLowerCase(Locale.ROOT);
    if (o.startsWith("investigation complete; no suspect")) {
      return GROUPS.get(4);
    }
    if (o.equals("under investigation")) {
      return GROUPS.get(5);
    }
    if (o.startsWith("unable to prosecute")) {
      return GROUPS.get(3);
    }
    if (o.contains("not in the public interest")) {
      return GROUPS.get(2);
    }
    if (o.startsWith("action to be taken by another")) {
      return GROUPS.get(6);
    }
    if (o.equals("local resolution") || o.contains("caution") || o.contains("penalty notice")
        || o.contains("drugs possession warning") || o.contains("cannabis warning")) {
      return GROUPS.get(1);
    }
    if (o.startsWith("awaiting court") || o.startsWith("court result") || o.startsWith("offender ")
        || o.startsWith("defendant ") || o.startsWith("court case") || o.startsWith("suspect charged")) {
      return GROUPS.get(0);
    }
    return GROUPS.get(7);
  }

  /** Rows for all crime and for each crime type the area has, from the area's and the force's counts. */
  public static List<OutcomeRow> rows(List<OutcomeCount> counts) {
    Map<String, Map<String, Long>> area = byType(counts, "subject");
    Map<String, Map<String, Long>> force = byType(counts, "police_force_area");
    List<OutcomeRow> out = new ArrayList<>();
    if (area.isEmpty()) {
      return out;
    }
    out.add(row(ALL_CRIME, total(area), total(force)));
    for (var e : area.entrySet()) {
      out.add(row(e.getKey(), e.getValue(), force.getOrDefault(e.getKey(), Map.of())));
    }
    return out;
  }

  private static Map<String, Map<String, Long>> byType(List<OutcomeCount> counts, String scope) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (OutcomeCount c : counts) {
      if (c.scope().equals(scope)) {
        out.computeIfAbsent(c.crimeType(), k -> new LinkedHashMap<>()).merge(groupOf(c.outcome()), c.count(), Long::sum);
      }
    }
    return out;
  }

  private static Map<String, Long> total(Map<String, Map<String, Long>> byType) {
    Map<String, Long> out = new LinkedHashMap<>();
    byType.values().forEach(m -> m.forEach((k, v) -> out.merge(k, v, Long::sum)));
    return out;
  }

  private static OutcomeRow row(String type, Map<String, Long> area, Map<String, Long> force) {
    long n = area.values().stream().mapToLong(Long::longValue).sum();
    long nf = force.values().stream().mapToLong(Long::longValue).sum();
    return new OutcomeRow(type, n, shares(area, n), nf, shares(force, nf));
  }

  private static Map<String, Double> shares(Map<String, Long> counts, long total) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String g : GROUPS) {
      out.put(g, total == 0 ? 0.0 : 100.0 * counts.getOrDefault(g, 0L) / total);
    }
    return out;
  }
}
