package org.strata.report;

import java.util.ArrayList;
import java.util.List;
import org.strata.analysis.Assessment;
import org.strata.analysis.Baseline;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.Comparator;
import org.strata.analysis.Direction;
import org.strata.analysis.Finding;
import org.strata.analysis.Judgement;
import org.strata.analysis.PlaceRow;
import org.strata.analysis.PopulationInfo;
import org.strata.analysis.PriorityRow.PriorityScore;
import org.strata.analysis.PriorityRow;
import org.strata.analysis.RateRow;
import org.strata.analysis.SeriesPoint;
import org.strata.analysis.Significance;
import org.strata.analysis.StrategicContext;
import org.strata.analysis.Subject;
import org.strata.analysis.input.Role;
import org.strata.analysis.input.SourceFileInfo;
import org.strata.analysis.input.SurveyResult;
import org.strata.reference.AreaLevel;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Taxonomy;

/** Hand-built assessments with fixed numbers for the report's tests: one with everything, one ONS-only. */
final class SampleAssessment {
  static final String TOTAL = "Total recorded crime (excluding fraud)";
  static final String CODE = "E07999001";
  static final String AREA = "Testborough";
  static final String PLACES = "All police.uk records";
  static final Significance SIG = new Significance("exact conditional Poisson test", 0.0004, 0.9, 0.85, 0.95, true, false);
  static final Significance FLAT = new Significance("exact conditional Poisson test", 0.41, 1.02, 0.97, 1.08, false, false);
  static final Significance SMALL = new Significance("exact conditional Poisson test", 0.04, 1.6, 1.02, 2.5, true, true);

  private SampleAssessment() {}

  static Assessment full() {
    List<Finding> f = new ArrayList<>(onsFindings());
    Subject asb = about("Anti-social behaviour", Taxonomy.POLICE_UK);
    f.add(new Finding.Trend(asb, 1067, 1202, "2023-24", -11.2, judged(SIG, 1202, 1067), null, List.of()));
    f.add(new Finding.Concentration(about(PLACES, Taxonomy.POLICE_UK), 60, 5530, 6, 28.4, 0.3412, 4,
        "Testborough 008D", "E01999001", 503, "On or near West End", true, List.of()));
    CategoryRow asbRow = new CategoryRow("Anti-social behaviour", Taxonomy.POLICE_UK, OffenceLevel.INCIDENT, null, 1067,
        10.8, null, null, 1202L, -11.2, judged(SIG, 1202, 1067), null, null, 14.1, false, null);
    f.add(new Finding.PerceptionGap(asb, new SurveyResult(CODE, 2024, "Anti-social behaviour", "priority_pct", 41.0, 612),
        1, 2, 4, 1067, 10.8, -11.2, asbRow.trend(),
        List.of(new Comparator(Role.POLICE_FORCE_AREA, "E23999001", "Northmoor")), List.of(), Finding.Perception.MISMATCH,
        "its rate is below that of the Northmoor force area, it fell significantly on the previous year"
            + " and it ranks 4th by recorded volume", List.of()));
    f.add(new Finding.SurveyMeasure(about("Crime", null),
        new SurveyResult(CODE, 2024, "Crime", "expect_victim_pct", 22.0, 612),
        new SurveyResult(CODE, 2023, "Crime", "expect_victim_pct", 25.0, 590), "expect to become a victim of crime", List.of()));
    f.add(new Finding.EmergingIssue(about("Theft from the person", Taxonomy.ONS), Finding.Emergence.SMALL_BUT_RISING, 72, 52,
        38.5, judged(SMALL, 52, 72), 12, 20, List.of("small numbers: watch rather than conclude")));
    f.add(new Finding.StakeholderIssue(about("County lines", null), "County lines", 5, null, null,
        "Young people seen running drugs", List.of("no recorded data: stakeholder evidence only")));
    List<SeriesPoint> monthly = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      String month = String.format("%d-%02d", m <= 3 ? 2025 : 2024, m <= 3 ? m : m);
      monthly.add(new SeriesPoint(Role.SUBJECT, CODE, AREA, month, TOTAL, Taxonomy.ONS, 380 + m * 3, null));
      monthly.add(new SeriesPoint(Role.SUBJECT, CODE, AREA, month, "Anti-social behaviour", Taxonomy.POLICE_UK, 80 + m, null));
    }
    List<PlaceRow> places = List.of(
        new PlaceRow("E01999001", "Testborough 008D", 503, 9.1, 12, 12, true, -1.901, 52.601, "On or near West End"),
        new PlaceRow("E01999002", "Testborough 003B", 401, 7.2, 10, 12, true, -1.912, 52.611, "On or near Park Road"),
        new PlaceRow("E01999003", "Testborough 001A", 120, 2.2, 0, 12, false, -1.93, 52.62, "On or near Mill Lane"));
    List<CategoryRow> cats = new ArrayList<>(onsCategories());
    cats.add(asbRow);
    return assessment(f, cats, monthly, places, sources(true));
  }

  static Assessment onsOnly() {
    return assessment(onsFindings(), onsCategories(), List.of(), List.of(), sources(false));
  }

  private static Assessment assessment(List<Finding> f, List<CategoryRow> cats, List<SeriesPoint> monthly,
      List<PlaceRow> places, List<SourceFileInfo> sources) {
    List<RateRow> headline = List.of(
        new RateRow(Role.SUBJECT, CODE, AREA, TOTAL, Taxonomy.ONS, 4633, 98300L, 47.1, false, ""),
        new RateRow(Role.POLICE_FORCE_AREA, "E23999001", "Northmoor", TOTAL, Taxonomy.ONS, 60100, 975000L, 61.6, false, ""),
        new RateRow(Role.REGION, "E12999001", "Fens", TOTAL, Taxonomy.ONS, 381000, 5990000L, 63.6, true, "sum of the 3 police force area totals"),
        new RateRow(Role.ENGLAND_AND_WALES, "K04000001", "England and Wales", TOTAL, Taxonomy.ONS, 4480000, 60800000L, 73.7, true, "sum of force totals"));
    List<SeriesPoint> series = new ArrayList<>();
    String[] years = {"2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"};
    for (int i = 0; i < years.length; i++) {
      series.add(new SeriesPoint(Role.SUBJECT, CODE, AREA, years[i], TOTAL, Taxonomy.ONS, 5403 - i * 150, 55.0 - i * 1.6));
      series.add(new SeriesPoint(Role.POLICE_FORCE_AREA, "E23999001", "Northmoor", years[i], TOTAL, Taxonomy.ONS, 64000 - i * 800, 66.0 - i * 0.9));
      series.add(new SeriesPoint(Role.ENGLAND_AND_WALES, "K04000001", "England and Wales", years[i], TOTAL, Taxonomy.ONS, 4700000, 77.0 - i * 0.6));
      series.add(new SeriesPoint(Role.SUBJECT, CODE, AREA, years[i], "Violence against the person", Taxonomy.ONS, 1800 - i * 20, 18.3 - i * 0.2));
    }
    return new Assessment(CODE, AREA, AreaLevel.DISTRICT, "2024-25", "2024-25", "2023-24", "2019-20", Taxonomy.ONS, TOTAL,
        new PopulationInfo(2023, 98300, false, "mid-2023 estimate"), headline, cats, series, monthly, f, places,
        PRIORITIES, List.of(), sources, List.of(), false, StrategicContext.none(), List.of());
  }

  static final List<PriorityRow> PRIORITIES = List.of(
      priority(1, "Violence against the person", 7.3, 3.0, 1.5, 1.0, 2.8),
      priority(2, "Shoplifting", 5.1, 1.2, 2.4, 2.9, 0.2),
      priority(3, "Burglary", 3.0, 0.4, 1.1, 0.5, 1.0));

  private static List<Finding> onsFindings() {
    List<Finding> f = new ArrayList<>();
    Subject total = about(TOTAL, Taxonomy.ONS);
    f.add(new Finding.Comparison(total, new Comparator(Role.POLICE_FORCE_AREA, "E23999001", "Northmoor"), 4633, 47.1,
        60100, 61.6, 0.8, Finding.Position.LOWER, SIG, null, List.of()));
    f.add(new Finding.Comparison(total, new Comparator(Role.REGION, "E12999001", "Fens"), 4633, 47.1,
        381000, 48.0, 1.0, Finding.Position.SIMILAR, FLAT, null, List.of("Fens: sum of the 3 police force area totals")));
    f.add(new Finding.Comparison(total, new Comparator(Role.ENGLAND_AND_WALES, "K04000001", "England and Wales"), 4633, 47.1,
        4480000, 73.7, 0.6, Finding.Position.LOWER, SIG, null, List.of()));
    f.add(new Finding.Trend(total, 4633, 4902, "2023-24", -5.5, judged(SIG, 4902, 4633),
        new Baseline("2019-20", 5403, -14.3, SIG, Direction.DOWN), List.of()));
    f.add(new Finding.Trend(about("Shoplifting", Taxonomy.ONS), 975, 780, "2023-24", 25.0, judged(SIG, 780, 975), null, List.of()));
    f.add(new Finding.Trend(about("Burglary", Taxonomy.ONS), 196, 199, "2023-24", -1.5, judged(FLAT, 199, 196), null, List.of()));
    f.add(new Finding.Composition(about("Violence against the person", Taxonomy.ONS), 1, 1680, 36.3, 17.1));
    f.add(new Finding.Composition(about("Theft offences", Taxonomy.ONS), 2, 1500, 32.4, 15.3));
    f.add(new Finding.PartOfGroup(about("Shoplifting", Taxonomy.ONS), "Theft offences", 975, 65.0, 9.9));
    f.add(new Finding.Caveat(about("Stalking and harassment", Taxonomy.ONS), Finding.CaveatType.RECORDING_CHANGE,
        "From April 2023 stalking and harassment are counted differently."));
    for (PriorityRow r : PRIORITIES) {
      boolean evidence = r.scores().stream().anyMatch(PriorityScore::supports);
      f.add(new Finding.Priority(about(r.category(), Taxonomy.ONS), r.rank(), r.score(), r.scores(),
          evidence ? Finding.Advice.PRIORITY : Finding.Advice.KEEP_UNDER_REVIEW));
    }
    return f;
  }

  private static List<CategoryRow> onsCategories() {
    return List.of(
        row(TOTAL, OffenceLevel.TOTAL, null, 4633, 47.1, 100.0, null, 4902L, -5.5, SIG, 5403L, -14.3, 61.6),
        row("Violence against the person", OffenceLevel.GROUP, TOTAL, 1680, 17.1, 36.3, 36.3, 1700L, -1.2, FLAT, 1800L, -6.7, 22.0),
        row("Theft offences", OffenceLevel.GROUP, TOTAL, 1500, 15.3, 32.4, 32.4, 1300L, 15.4, SIG, 1400L, 7.1, 18.0),
        row("Shoplifting", OffenceLevel.SUBGROUP, "Theft offences", 975, 9.9, 21.0, 65.0, 780L, 25.0, SIG, 700L, 39.3, 6.0),
        row("Burglary", OffenceLevel.GROUP, TOTAL, 196, 2.0, 4.2, 4.2, 199L, -1.5, FLAT, 260L, -24.6, 3.1));
  }

  private static CategoryRow row(String category, OffenceLevel level, String parent, long count, double rate, Double share,
      Double shareOfParent, long previous, double change, Significance sig, long baseline, double changeBase, double force) {
    return new CategoryRow(category, Taxonomy.ONS, level, parent, count, rate, share, shareOfParent, previous, change,
        judged(sig, previous, count), baseline, changeBase, force, false, null);
  }

  private static Subject about(String category, Taxonomy taxonomy) {
    return new Subject(CODE, AREA, category, taxonomy, "2024-25");
  }

  private static Judgement judged(Significance s, long before, long now) {
    return Judgement.of(s, before, now, 100, 0.10);
  }

  private static PriorityRow priority(int rank, String category, double score, double volume, double rate, double trend, double harm) {
    return new PriorityRow(rank, category, Taxonomy.ONS, score, List.of(
        new PriorityScore("volume", volume, 1, String.format(java.util.Locale.ROOT, "%.0f offences, %.0f%% of the largest category", volume * 560, volume * 33.3), false),
        new PriorityScore("rate", rate, 1, String.format(java.util.Locale.ROOT, "rate %.1f per 1,000 vs force %.1f", rate * 6, 9.0), rate == 1.5),
        new PriorityScore("trend", trend, 1, trend > 2 ? "+25% on the previous year (significant)" : "-1% on the previous year (not significant)", trend <= 2),
        new PriorityScore("harm", harm, 1, String.format(java.util.Locale.ROOT, "%.0f harm-index days per offence", harm * 40), false),
        new PriorityScore("concern", 0, 1, "not named in the survey", false),
        new PriorityScore("alignment", rank == 2 ? 1.5 : 0, 1, rank == 2 ? "a PCC priority" : "not a stated PCC or police priority", false)));
  }

  private static List<SourceFileInfo> sources(boolean policeUk) {
    List<SourceFileInfo> s = new ArrayList<>(List.of(
        new SourceFileInfo(1, "ons-csp", "data/ons/prc-csp-2024-25.csv", "9ea39efa0d29d4c7bec521f6891d1a246e18ea12ec57744b1cabc22307387bd8",
            399, 397, 2, "2024-25", "2025-10-01 09:00"),
        new SourceFileInfo(2, "population", "data/population/mye4.csv", "b23d114621dbd7bb3c9c633b51d2ef53b201d0ddb9cd66c49d0d467255c2136c",
            357, 357, 0, "", "2025-10-01 09:01")));
    if (policeUk) {
      s.add(new SourceFileInfo(3, "police-uk", "data/policeuk/2024-04-test-street.csv", "0f".repeat(32), 1200, 1200, 0, "2024-04", "2025-10-01 09:02"));
    }
    return s;
  }
}
