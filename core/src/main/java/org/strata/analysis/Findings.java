package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.AssessmentInput;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.Role;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

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

  /** The subject area and period, about one category. */
  static Subject subject(Observation o, String category, @Nullable Taxonomy taxonomy) {
    return new Subject(o.counts().area().code(), o.counts().area().name(), category, taxonomy,
        o.counts().period().label());
  }

  /** The subject's rate against each comparator: higher, lower or similar. */
  void comparisons(List<RateRow> rows, String total) {
    RateRow me = rows.stream().filter(r -> r.role() == Role.SUBJECT).findFirst().orElse(null);
    if (me == null || me.ratePer1000() == null) {
      return;
    }
    for (RateRow c : rows) {
      if (c.role() == Role.SUBJECT || c.ratePer1000() == null || c.population() == null) {
        continue;
      }
      double ratio = me.ratePer1000() / c.ratePer1000();
      Significance sig =
          PoissonTest.compare(c.count(), c.population(), me.count(), me.population(),
              settings.alpha(), settings.smallCount());
      List<String> cav = new ArrayList<>();
      if (c.computed()) {
        cav.add(c.areaName() + " (computed, not published): " + Words.withoutComputed(c.note()));
      }
      if (c.role() == Role.POLICE_FORCE_AREA && !c.computed() && c.taxonomy() == Taxonomy.ONS) {
        cav.add(c.areaName() + ": the published force total includes offences the force did not"
            + " assign to any Community Safety Partnership");
      }
      if (c.role() == Role.ENGLAND_AND_WALES && !c.computed()) {
        cav.add(c.areaName() + ": the published total includes British Transport Police and other"
            + " units outside the districts");
      }
      all.add(new Finding.Comparison(subject(subject, total, me.taxonomy()),
          new Comparator(c.role(), c.areaCode(), c.areaName()), me.count(), round(me.ratePer1000()),
          c.count(), round(c.ratePer1000()), round4(ratio), Finding.Position.of(ratio, settings.similarBand()),
          sig, null, cav));
    }
  }

  /** The largest categories by share of all crime, and subgroups' shares of their group. */
  void composition(List<CategoryRow> rows, Taxonomy primary) {
    List<CategoryRow> top =
        rows.stream()
            .filter(r -> r.taxonomy() == primary && r.shareOfTotal() != null && r.level() == OffenceLevel.GROUP)
            .sorted((a, b) -> Long.compare(b.count(), a.count()))
            .limit(5)
            .toList();
    int rank = 1;
    for (CategoryRow r : top) {
      all.add(new Finding.Composition(subject(subject, r.category(), r.taxonomy()), rank++, r.count(),
          round(r.shareOfTotal()), r.ratePer1000() == null ? null : round(r.ratePer1000())));
    }
    for (CategoryRow r : rows) {
      if (r.taxonomy() == primary && r.level() == OffenceLevel.SUBGROUP && r.shareOfParent() != null
          && r.shareOfParent() >= 25 && r.parent() != null) {
        all.add(new Finding.PartOfGroup(subject(subject, r.category(), r.taxonomy()), r.parent(), r.count(),
            round(r.shareOfParent()), r.ratePer1000() == null ? null : round(r.ratePer1000())));
      }
    }
  }

  void caveats(AssessmentInput in, List<CategoryRow> rows, Period period, Period baseline) {
    for (String c : in.coverage()) {
      addCaveat(Finding.CaveatType.COVERAGE, "", c);
    }
    long unassigned = in.unassigned().entrySet().stream().filter(e -> e.getKey().endsWith(":unassigned")).mapToLong(Map.Entry::getValue).sum();
    long all = in.unassigned().entrySet().stream().filter(e -> e.getKey().endsWith(":all")).mapToLong(Map.Entry::getValue).sum();
    if (all > 0 && unassigned > 0) {
      addCaveat(Finding.CaveatType.COVERAGE, "",
          String.format(Locale.ROOT,
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
      addCaveat(Finding.CaveatType.RECORDING_CHANGE, "Stalking and harassment",
          "From April 2023 the Home Office counting rules record only the most serious offence when"
              + " stalking, harassment or controlling behaviour occurs alongside another crime; series"
              + " for stalking and harassment and violence against the person are not like for like"
              + " across that date.");
    }
    List<String> small =
        rows.stream().filter(CategoryRow::small).map(CategoryRow::category).toList();
    if (!small.isEmpty()) {
      addCaveat(Finding.CaveatType.SMALL_COUNTS, "", String.format(Locale.ROOT,
          "%d categor%s had fewer than %d offences in the period (%s): their rates and changes are"
              + " volatile and are not read as trends unless the test says so.", small.size(),
          small.size() == 1 ? "y" : "ies", settings.smallCount(),
          String.join(", ", small.subList(0, Math.min(8, small.size())))
              + (small.size() > 8 ? " …" : "")));
    }
    if (settings.synthetic()) {
      addCaveat(Finding.CaveatType.SYNTHETIC, "", "SYNTHETIC DATA: this assessment was made from Strata's generated"
          + " demonstration data set; no number in it describes a real place.");
    }
  }

  /** True when a comparison from {@code from} to {@code to} straddles April 2023. */
  static boolean crossesConductChange(Period from, Period to) {
    return from.start().isBefore(CONDUCT_CRIME_CHANGE) && !to.end().isBefore(CONDUCT_CRIME_CHANGE);
  }

  void addCaveat(Finding.CaveatType type, String category, String text) {
    caveatTexts.add(text);
    all.add(new Finding.Caveat(subject(subject, category, subject.counts().taxonomy()), type, text));
  }

  void addAll(List<? extends Finding> found) {
    all.addAll(found);
  }

  static double round(double v) {
    return Math.round(v * 10.0) / 10.0;
  }

  static double round4(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  /** Wording shared by the analysis's own texts. */
  static final class Words {
    private Words() {}

    /** A note without a leading "computed: " (the caller says it is computed). */
    static String withoutComputed(String note) {
      return note.startsWith("computed: ") ? note.substring("computed: ".length()) : note;
    }
  }
}
