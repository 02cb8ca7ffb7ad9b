package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;
import org.strata.store.AssessmentInput;
import org.strata.store.Observation;

/** Collects the assessment's findings, kind by kind, from the computed tables. */
final class Findings {
  /** The April 2023 change to how stalking, harassment and conduct crimes are counted. */
  static final java.time.YearMonth CONDUCT_CRIME_CHANGE = java.time.YearMonth.of(2023, 4);

  private final Observation subject;
  private final AnalysisSettings settings;
  private final List<Finding> all = new ArrayList<>();
  private final List<String> caveatTexts = new ArrayList<>();

  Findings(Observation subject, AnalysisSettings settings) {
    this.subject = subject;
    this.settings = settings;
  }

  List<Finding> all() {
    return List.copyOf(all);
  }

  List<String> caveatTexts() {
    return List.copyOf(caveatTexts);
  }

  private Finding finding(
      String kind, String category, String taxonomy, Map<String, Object> numbers,
      String comparator, String direction, Significance sig, List<String> caveats) {
    return new Finding(
        kind, subject.counts().area().code(), subject.counts().area().name(), category, taxonomy,
        subject.counts().period().label(), numbers, comparator, direction, sig, caveats);
  }

  /** The subject's rate against each comparator: higher, lower or similar. */
  void comparisons(List<RateRow> rows, String total) {
    RateRow me = rows.stream().filter(r -> r.role().equals("subject")).findFirst().orElse(null);
    if (me == null || me.ratePer1000() == null) {
      return;
    }
    for (RateRow c : rows) {
      if (c.role().equals("subject") || c.ratePer1000() == null || c.population() == null) {
        continue;
      }
      double ratio = me.ratePer1000() / c.ratePer1000();
      Significance sig =
          PoissonTest.compare(c.count(), c.population(), me.count(), me.population(),
              settings.alpha(), settings.smallCount());
      String direction = direction(ratio, settings.similarBand());
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("rate_per_1000", round(me.ratePer1000()));
      n.put("comparator_rate_per_1000", round(c.ratePer1000()));
      n.put("comparator_ratio", round4(ratio));
      n.put("count", me.count());
      n.put("comparator_count", c.count());
      List<String> cav = new ArrayList<>();
      if (c.computed()) {
        cav.add(c.areaName() + " (computed, not published): " + c.note());
      }
      if (c.role().equals("police_force_area") && !c.computed() && c.taxonomy().equals("ons")) {
        cav.add(c.areaName() + ": the published force total includes offences the force did not"
            + " assign to any Community Safety Partnership");
      }
      if (c.role().equals("england_and_wales") && !c.computed()) {
        cav.add(c.areaName() + ": the published total includes British Transport Police and other"
            + " units outside the districts");
      }
      all.add(finding("comparison", total, me.taxonomy(), n, c.role() + ":" + c.areaName(), direction, sig, cav));
    }
  }

  /** The largest categories by share of all crime, and subgroups' shares of their group. */
  void composition(List<CategoryRow> rows, Taxonomy primary, String total) {
    List<CategoryRow> top =
        rows.stream()
            .filter(r -> r.taxonomy().equals(primary.key()) && r.shareOfTotal() != null && r.level().equals("group"))
            .sorted((a, b) -> Long.compare(b.count(), a.count()))
            .toList();
    int rank = 1;
    for (CategoryRow r : top) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("rank_by_volume", rank++);
      n.put("count", r.count());
      n.put("share_of_total_pct", round(r.shareOfTotal()));
      if (r.ratePer1000() != null) {
        n.put("rate_per_1000", round(r.ratePer1000()));
      }
      all.add(finding("composition", r.category(), r.taxonomy(), n, total, "", null, List.of()));
      if (rank > 5) {
        break;
      }
    }
    for (CategoryRow r : rows) {
      if (r.taxonomy().equals(primary.key()) && r.level().equals("subgroup") && r.shareOfParent() != null
          && r.shareOfParent() >= 25) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("count", r.count());
        n.put("share_of_parent_pct", round(r.shareOfParent()));
        if (r.ratePer1000() != null) {
          n.put("rate_per_1000", round(r.ratePer1000()));
        }
        all.add(finding("composition", r.category(), r.taxonomy(), n, r.parent(), "", null, List.of()));
      }
    }
  }

  /** {@code similar} within the band, else {@code higher} or {@code lower}. */
  static String direction(double ratio, double band) {
    return Math.abs(ratio - 1) <= band ? "similar" : ratio > 1 ? "higher" : "lower";
  }

  void caveats(AssessmentInput in, List<CategoryRow> rows, Period period, Period baseline) {
    for (String c : in.coverage()) {
      addCaveat("coverage", "", c);
    }
    long unassigned = in.unassigned().entrySet().stream().filter(e -> e.getKey().endsWith(":unassigned")).mapToLong(Map.Entry::getValue).sum();
    long all = in.unassigned().entrySet().stream().filter(e -> e.getKey().endsWith(":all")).mapToLong(Map.Entry::getValue).sum();
    if (all > 0 && unassigned > 0) {
      addCaveat("coverage", "",
          String.format(java.util.Locale.ROOT,
              "%.1f%% of the force's police.uk records in the period (%,d of %,d) have no location"
                  + " and are not placed in any district", unassigned * 100.0 / all, unassigned, all));
    }
    // Only periods the data actually has count: a comparison that was never made crosses nothing.
    Period from = period;
    if (rows.stream().anyMatch(r -> r.previousCount() != null)) {
      from = period.previous();
    }
    if (rows.stream().anyMatch(r -> r.baselineCount() != null) && baseline.compareTo(from) < 0) {
      from = baseline;
    }
    boolean crosses = crossesConductChange(from, period);
    boolean hasStalking = rows.stream().anyMatch(r -> r.category().equalsIgnoreCase("Stalking and harassment")
        || r.category().equalsIgnoreCase("Violence against the person") || r.category().equalsIgnoreCase("Violence and sexual offences"));
    if (crosses && hasStalking) {
      addCaveat("recording_change", "Stalking and harassment",
          "From April 2023 the Home Office counting rules record only the most serious offence when"
              + " stalking, harassment or controlling behaviour occurs alongside another crime; series"
              + " for stalking and harassment and violence against the person are not like for like"
              + " across that date.");
    }
    List<String> small =
        rows.stream().filter(CategoryRow::small).map(CategoryRow::category).toList();
    if (!small.isEmpty()) {
      addCaveat("small_counts", "", String.format(java.util.Locale.ROOT,
          "%d categor%s had fewer than %d offences in the period (%s): their rates and changes are"
              + " volatile and are not read as trends unless the test says so.", small.size(),
          small.size() == 1 ? "y" : "ies", settings.smallCount(),
          String.join(", ", small.subList(0, Math.min(8, small.size())))
              + (small.size() > 8 ? " …" : "")));
    }
    if (settings.synthetic()) {
      addCaveat("synthetic", "", "SYNTHETIC DATA: this assessment was made from Strata's generated"
          + " demonstration data set; no number in it describes a real place.");
    }
  }

  /** True when a comparison from {@code from} to {@code to} straddles April 2023. */
  static boolean crossesConductChange(Period from, Period to) {
    return from.start().isBefore(CONDUCT_CRIME_CHANGE) && !to.end().isBefore(CONDUCT_CRIME_CHANGE);
  }

  private void addCaveat(String type, String category, String text) {
    caveatTexts.add(text);
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("type", type);
    n.put("text", text);
    all.add(finding("caveat", category, "", n, null, "", null, List.of(text)));
  }

  void priorities(List<PriorityRow> rows) {
    for (PriorityRow r : rows) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("rank", r.rank());
      n.put("score", round(r.score()));
      for (PriorityRow.PriorityScore s : r.scores()) {
        n.put(s.criterion(), round(s.score()));
      }
      List<String> reasons = r.scores().stream().map(s -> s.criterion() + ": " + s.reason()).toList();
      all.add(finding("priority", r.category(), r.taxonomy(), n, null, r.rank() <= 5 ? "priority" : "", null, reasons));
    }
  }

  void addAll(List<Finding> found) {
    all.addAll(found);
  }

  static double round(double v) {
    return Math.round(v * 10.0) / 10.0;
  }

  static double round4(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
