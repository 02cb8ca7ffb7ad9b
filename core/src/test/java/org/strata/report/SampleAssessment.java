package org.strata.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.Finding;
import org.strata.analysis.PlaceRow;
import org.strata.analysis.PopulationInfo;
import org.strata.analysis.PriorityRow;
import org.strata.analysis.PriorityRow.PriorityScore;
import org.strata.analysis.RateRow;
import org.strata.analysis.SeriesPoint;
import org.strata.analysis.Significance;
import org.strata.store.SourceFileInfo;

/** Hand-built assessments with fixed numbers for the report's tests: one with everything, one ONS-only. */
final class SampleAssessment {
  static final String TOTAL = "Total recorded crime (excluding fraud)";
  static final String CODE = "E07999001";
  static final String AREA = "Testborough";
  static final Significance SIG = new Significance("exact conditional Poisson test", 0.0004, 0.9, 0.85, 0.95, true, false);
  static final Significance FLAT = new Significance("exact conditional Poisson test", 0.41, 1.02, 0.97, 1.08, false, false);
  static final Significance SMALL = new Significance("exact conditional Poisson test", 0.04, 1.6, 1.02, 2.5, true, true);

  private SampleAssessment() {}

  static Assessment full() {
    List<Finding> f = new ArrayList<>(onsFindings());
    f.add(finding("trend", "Anti-social behaviour", "police_uk", Map.of("count", 1067, "previous_count", 1202,
        "change", -135, "change_pct_vs_previous", -11.2, "previous_period", "2023-24"), "previous:2023-24", "down", SIG, List.of()));
    f.add(finding("place", "All police.uk records", "police_uk", Map.of("lsoas", 60, "top_decile_share_pct", 28.4,
        "gini", 0.3412, "persistent_hot_spots", 4, "top_lsoa", "Testborough 008D", "top_lsoa_count", 503,
        "top_location", "On or near West End"), null, "concentrated", null, List.of()));
    f.add(finding("perception_gap", "Anti-social behaviour", "police_uk", Map.of("topic", "Anti-social behaviour",
        "survey_year", 2024, "concern_pct", 41.0, "base", 612, "concern_rank", 1, "prevalence_rank", 4, "count", 1067,
        "change_pct_vs_previous", -11.2), "survey:Anti-social behaviour", "mismatch", null, List.of()));
    f.add(finding("emerging_issue", "Theft from the person", "ons", Map.of("count", 72, "previous_count", 52,
        "change_pct_vs_previous", 38.5, "p_value", 0.04, "categories_falling", 12, "categories", 20), null,
        "small_but_rising", SMALL, List.of("small numbers")));
    f.add(finding("emerging_issue", "County lines", "stakeholder", Map.of("topic", "County lines", "mentions", 5,
        "text", "Young people seen running drugs"), null, "raised_by_stakeholders", null,
        List.of("little or no recorded data: stakeholder evidence only")));
    List<SeriesPoint> monthly = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      String month = String.format("%d-%02d", m <= 3 ? 2025 : 2024, m <= 3 ? m : m);
      monthly.add(new SeriesPoint("subject", CODE, AREA, month, TOTAL, "ons", 380 + m * 3, null));
      monthly.add(new SeriesPoint("subject", CODE, AREA, month, "Anti-social behaviour", "police_uk", 80 + m, null));
    }
    List<PlaceRow> places = List.of(
        new PlaceRow("E01999001", "Testborough 008D", 503, 9.1, 12, 12, true, -1.901, 52.601, "On or near West End"),
        new PlaceRow("E01999002", "Testborough 003B", 401, 7.2, 10, 12, true, -1.912, 52.611, "On or near Park Road"),
        new PlaceRow("E01999003", "Testborough 001A", 120, 2.2, 0, 12, false, -1.93, 52.62, "On or near Mill Lane"));
    List<CategoryRow> cats = new ArrayList<>(onsCategories());
    cats.add(new CategoryRow("Anti-social behaviour", "police_uk", "incident", null, 1067, 10.8, null, null, 1202L, -11.2,
        SIG, null, null, 14.1, false));
    return assessment(f, cats, monthly, places, sources(true));
  }

  static Assessment onsOnly() {
    return assessment(onsFindings(), onsCategories(), List.of(), List.of(), sources(false));
  }

  private static Assessment assessment(List<Finding> f, List<CategoryRow> cats, List<SeriesPoint> monthly,
      List<PlaceRow> places, List<SourceFileInfo> sources) {
    List<RateRow> headline = List.of(
        new RateRow("subject", CODE, AREA, TOTAL, "ons", 4633, 98300L, 47.1, false, ""),
        new RateRow("police_force_area", "E23999001", "Northmoor", TOTAL, "ons", 60100, 975000L, 61.6, false, ""),
        new RateRow("region", "E12999001", "Fens", TOTAL, "ons", 381000, 5990000L, 63.6, true, "sum of the 3 police force area totals"),
        new RateRow("england_and_wales", "K04000001", "England and Wales", TOTAL, "ons", 4480000, 60800000L, 73.7, true, "sum of force totals"));
    List<SeriesPoint> series = new ArrayList<>();
    String[] years = {"2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"};
    for (int i = 0; i < years.length; i++) {
      series.add(new SeriesPoint("subject", CODE, AREA, years[i], TOTAL, "ons", 5403 - i * 150, 55.0 - i * 1.6));
      series.add(new SeriesPoint("police_force_area", "E23999001", "Northmoor", years[i], TOTAL, "ons", 64000 - i * 800, 66.0 - i * 0.9));
      series.add(new SeriesPoint("england_and_wales", "K04000001", "England and Wales", years[i], TOTAL, "ons", 4700000, 77.0 - i * 0.6));
      series.add(new SeriesPoint("subject", CODE, AREA, years[i], "Violence against the person", "ons", 1800 - i * 20, 18.3 - i * 0.2));
    }
    List<PriorityRow> priorities = List.of(
        priority(1, "Violence against the person", 7.3, 3.0, 1.5, 1.0, 2.8),
        priority(2, "Shoplifting", 5.1, 1.2, 2.4, 2.9, 0.2),
        priority(3, "Burglary", 3.0, 0.4, 1.1, 0.5, 1.0));
    return new Assessment(CODE, AREA, "district", "2024-25", "2024-25", "2023-24", "2019-20", "ons", TOTAL,
        new PopulationInfo(2023, 98300, false, "mid-2023 estimate"), headline, cats, series, monthly, f, places,
        priorities, List.of(), sources, List.of(), false);
  }

  private static List<Finding> onsFindings() {
    List<Finding> f = new ArrayList<>();
    f.add(finding("comparison", TOTAL, "ons", Map.of("rate_per_1000", 47.1, "comparator_rate_per_1000", 61.6,
        "comparator_ratio", 0.8, "count", 4633, "comparator_count", 60100), "police_force_area:Northmoor", "lower", SIG, List.of()));
    f.add(finding("comparison", TOTAL, "ons", Map.of("rate_per_1000", 47.1, "comparator_rate_per_1000", 48.0,
        "comparator_ratio", 1.0, "count", 4633, "comparator_count", 381000), "region:Fens", "similar", FLAT,
        List.of("Fens: sum of the 3 police force area totals")));
    f.add(finding("comparison", TOTAL, "ons", Map.of("rate_per_1000", 47.1, "comparator_rate_per_1000", 73.7,
        "comparator_ratio", 0.6, "count", 4633, "comparator_count", 4480000), "england_and_wales:England and Wales", "lower", SIG, List.of()));
    Map<String, Object> t = new LinkedHashMap<>(Map.of("count", 4633, "previous_count", 4902, "change", -269,
        "change_pct_vs_previous", -5.5, "previous_period", "2023-24", "p_value", 0.0004));
    t.putAll(Map.of("baseline_period", "2019-20", "baseline_count", 5403, "change_pct_vs_baseline", -14.3));
    f.add(finding("trend", TOTAL, "ons", t, "previous:2023-24", "down", SIG, List.of()));
    f.add(finding("trend", "Shoplifting", "ons", Map.of("count", 975, "previous_count", 780, "change", 195,
        "change_pct_vs_previous", 25.0, "previous_period", "2023-24", "p_value", 0.0001), "previous:2023-24", "up", SIG, List.of()));
    f.add(finding("trend", "Burglary", "ons", Map.of("count", 196, "previous_count", 199, "change", -3,
        "change_pct_vs_previous", -1.5, "previous_period", "2023-24", "p_value", 0.41), "previous:2023-24", "stable", FLAT, List.of()));
    f.add(finding("composition", "Violence against the person", "ons", Map.of("rank_by_volume", 1, "count", 1680,
        "share_of_total_pct", 36.3, "rate_per_1000", 17.1), TOTAL, "", null, List.of()));
    f.add(finding("composition", "Theft offences", "ons", Map.of("rank_by_volume", 2, "count", 1500,
        "share_of_total_pct", 32.4, "rate_per_1000", 15.3), TOTAL, "", null, List.of()));
    f.add(finding("composition", "Shoplifting", "ons", Map.of("count", 975, "share_of_parent_pct", 65.0,
        "rate_per_1000", 9.9), "Theft offences", "", null, List.of()));
    f.add(finding("caveat", "Stalking and harassment", "", Map.of("type", "recording_change", "text",
        "From April 2023 stalking and harassment are counted differently."), null, "", null,
        List.of("From April 2023 stalking and harassment are counted differently.")));
    f.add(priorityFinding(1, "Violence against the person", 7.3, 3.0, 1.5, 1.0, 2.8));
    f.add(priorityFinding(2, "Shoplifting", 5.1, 1.2, 2.4, 2.9, 0.2));
    f.add(priorityFinding(3, "Burglary", 3.0, 0.4, 1.1, 0.5, 1.0));
    return f;
  }

  private static List<CategoryRow> onsCategories() {
    return List.of(
        new CategoryRow(TOTAL, "ons", "total", null, 4633, 47.1, 100.0, null, 4902L, -5.5, SIG, 5403L, -14.3, 61.6, false),
        new CategoryRow("Violence against the person", "ons", "group", TOTAL, 1680, 17.1, 36.3, 36.3, 1700L, -1.2, FLAT, 1800L, -6.7, 22.0, false),
        new CategoryRow("Theft offences", "ons", "group", TOTAL, 1500, 15.3, 32.4, 32.4, 1300L, 15.4, SIG, 1400L, 7.1, 18.0, false),
        new CategoryRow("Shoplifting", "ons", "subgroup", "Theft offences", 975, 9.9, 21.0, 65.0, 780L, 25.0, SIG, 700L, 39.3, 6.0, false),
        new CategoryRow("Burglary", "ons", "group", TOTAL, 196, 2.0, 4.2, 4.2, 199L, -1.5, FLAT, 260L, -24.6, 3.1, false));
  }

  private static Finding finding(String kind, String category, String taxonomy, Map<String, Object> numbers,
      String comparator, String direction, Significance sig, List<String> caveats) {
    return new Finding(kind, CODE, AREA, category, taxonomy, "2024-25", numbers, comparator, direction, sig, caveats);
  }

  private static PriorityRow priority(int rank, String category, double score, double volume, double rate, double trend, double harm) {
    return new PriorityRow(rank, category, "ons", score, List.of(
        new PriorityScore("volume", volume, 1, "volume reason"), new PriorityScore("rate", rate, 1, "rate reason"),
        new PriorityScore("trend", trend, 1, "trend reason"), new PriorityScore("harm", harm, 1, "harm reason"),
        new PriorityScore("concern", 0, 1, "not named in the survey"), new PriorityScore("alignment", 0, 1, "not a stated PCC or police priority")));
  }

  private static Finding priorityFinding(int rank, String category, double score, double volume, double rate, double trend, double harm) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("rank", rank);
    n.put("score", score);
    n.put("volume", volume);
    n.put("rate", rate);
    n.put("trend", trend);
    n.put("harm", harm);
    n.put("concern", 0.0);
    n.put("alignment", rank == 2 ? 1.5 : 0.0);
    List<String> reasons = List.of(
        String.format(java.util.Locale.ROOT, "volume: %.0f offences, %.0f%% of the largest category", volume * 560, volume * 33.3),
        String.format(java.util.Locale.ROOT, "rate: rate %.1f per 1,000 vs force %.1f", rate * 6, 9.0),
        "trend: " + (trend > 2 ? "+25% on the previous year (significant)" : "-1% on the previous year (not significant)"),
        String.format(java.util.Locale.ROOT, "harm: %.0f harm-index days per offence", harm * 40),
        "concern: not named in the survey",
        "alignment: " + (rank == 2 ? "a PCC priority" : "not a stated PCC or police priority"));
    return new Finding("priority", CODE, AREA, category, "ons", "2024-25", n, null, "priority", null, reasons);
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
