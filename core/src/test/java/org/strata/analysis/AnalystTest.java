package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strata.analysis.input.AreaCounts;
import org.strata.analysis.input.AssessmentInput;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.PopulationEstimate;
import org.strata.analysis.input.Role;
import org.strata.analysis.input.SurveyResult;
import org.strata.reference.Area;
import org.strata.reference.AreaRegistry;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

class AnalystTest {
  private static final AreaRegistry AREAS = AreaRegistry.load();
  private static final Area ME = AREAS.requireArea("E07000192");
  private static final Area FORCE = AREAS.pfaOf("E07000192");
  private static final Period NOW = Period.parse("2023-24");
  private static final Period BEFORE = Period.parse("2022-23");

  private static Map<String, Long> counts(long vap, long stalking, long theft, long shop, long drugs, long weapons) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("Total recorded crime (excluding fraud)", vap + theft + drugs + weapons);
    m.put("Violence against the person", vap);
    m.put("Stalking and harassment", stalking);
    m.put("Violence with injury", vap - stalking);
    m.put("Theft offences", theft);
    m.put("Shoplifting", shop);
    m.put("All other theft offences", theft - shop);
    m.put("Drug offences", drugs);
    m.put("Possession of weapons offences", weapons);
    return m;
  }

  private static Observation obs(Role role, Area a, Period p, Map<String, Long> c, Long persons) {
    PopulationEstimate pop = persons == null ? null : new PopulationEstimate(a.code(), 2023, persons, false, "mid-2023");
    return new Observation(role, new AreaCounts(a, Taxonomy.ONS, p, c, true, ""), pop);
  }

  private static AssessmentInput input(List<Observation> obs, List<SurveyResult> survey) {
    return new AssessmentInput(ME, NOW, List.of(BEFORE, NOW), obs, List.of(), List.of(), survey,
        List.of(), List.of(), Map.of(), false);
  }

  private static List<Observation> twoYears() {
    List<Observation> o = new ArrayList<>();
    o.add(obs(Role.SUBJECT, ME, BEFORE, counts(1000, 400, 900, 300, 60, 30), 100_000L));
    o.add(obs(Role.SUBJECT, ME, NOW, counts(830, 350, 740, 315, 50, 55), 100_000L));
    o.add(obs(Role.POLICE_FORCE_AREA, FORCE, NOW, counts(9000, 3500, 6000, 2000, 500, 400), 1_000_000L));
    o.add(obs(Role.POLICE_FORCE_AREA, FORCE, BEFORE, counts(9500, 3600, 6500, 2100, 520, 380), 1_000_000L));
    return o;
  }

  private static Assessment assess(AnalysisSettings s, List<Observation> o, List<SurveyResult> survey) {
    return new Analyst(OffenceTaxonomy.load(), s).assess(input(o, survey));
  }

  @Test
  void ranksTheLargestGroupFirstByVolumeAndGivesItsShare() {
    Assessment a = assess(AnalysisSettings.defaults(), twoYears(), List.of());
    Finding.Composition first = a.findings(Finding.Composition.class).get(0);
    assertThat(first.category()).isEqualTo("Violence against the person");
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.shareOfTotalPct()).isEqualTo(Findings.round(830 * 100.0 / 1675));
    CategoryRow stalking = a.categories().stream().filter(r -> r.category().equals("Stalking and harassment")).findFirst().orElseThrow();
    assertThat(stalking.shareOfParent()).isCloseTo(350 * 100.0 / 830, within(1e-9));
  }

  @Test
  void aSignificantFallIsATrendDownWithItsPValueAndChange() {
    Assessment a = assess(AnalysisSettings.defaults(), twoYears(), List.of());
    Finding.Trend vap = a.findings(Finding.Trend.class).stream().filter(f -> f.category().equals("Violence against the person")).findFirst().orElseThrow();
    assertThat(vap.judgement().direction()).isEqualTo(Direction.DOWN);
    assertThat(vap.changePct()).isEqualTo(-17.0);
    assertThat(vap.judgement().significance().pValue()).isLessThan(0.001);
    assertThat(vap.caveats()).anyMatch(c -> c.contains("April 2023"));
  }

  @Test
  void aRiseAgainstTheFallIsAnEmergingIssue() {
    Assessment a = assess(AnalysisSettings.defaults(), twoYears(), List.of());
    assertThat(a.findings(Finding.EmergingIssue.class))
        .anyMatch(f -> f.category().equals("Possession of weapons offences") && f.emergence() == Finding.Emergence.RISING_AGAINST_TREND);
  }

  @Test
  void shopliftingAboveTheForceIsAComparisonFinding() {
    Assessment a = assess(AnalysisSettings.defaults(), twoYears(), List.of());
    Finding.Comparison shop = a.findings(Finding.Comparison.class).stream()
        .filter(f -> f.category().equals("Shoplifting") && f.comparator().role() == Role.POLICE_FORCE_AREA).findFirst().orElseThrow();
    assertThat(shop.position()).isEqualTo(Finding.Position.HIGHER);
    assertThat(shop.ratio()).isCloseTo(1.575, within(1e-3));
  }

  @Test
  void concernAboutARareOffenceIsAPerceptionGap() {
    List<SurveyResult> survey = List.of(
        new SurveyResult(ME.code(), 2024, "Drugs", "problem_pct", 41, 1200),
        new SurveyResult(ME.code(), 2024, "Violence", "problem_pct", 20, 1200));
    AnalysisSettings s = AnalysisSettings.builder()
        .surveyTopics(Map.of("Drugs", List.of("Drug offences"), "Violence", List.of("Violence against the person"))).build();
    Assessment a = assess(s, twoYears(), survey);
    Finding.PerceptionGap drugs = a.findings(Finding.PerceptionGap.class).get(0);
    assertThat(drugs.category()).isEqualTo("Drug offences");
    assertThat(drugs.verdict()).isEqualTo(Finding.Perception.MISMATCH);
    assertThat(drugs.concernRank()).isEqualTo(1);
    assertThat(drugs.prevalenceRank()).isEqualTo(4);
    assertThat(drugs.reason()).isEqualTo("its rate is not significantly different from its comparators', it did not change"
        + " significantly on the previous year and it ranks 4th by recorded volume");
    assertThat(a.priorities().stream().filter(p -> p.category().equals("Drug offences")).findFirst().orElseThrow()
        .scores()).anyMatch(sc -> sc.criterion().equals("concern") && sc.score() == 3.0);
  }

  @Test
  void priorityReasonsNameEveryCriterion() {
    AnalysisSettings s = AnalysisSettings.builder()
        .priorities(List.of("Reduce violence against the person"), List.of()).build();
    Assessment a = assess(s, twoYears(), List.of());
    PriorityRow top = a.priorities().get(0);
    assertThat(top.category()).isEqualTo("Violence against the person");
    assertThat(top.scores()).extracting(PriorityRow.PriorityScore::criterion).containsExactlyElementsOf(PriorityMatrix.CRITERIA);
    assertThat(top.scores()).allMatch(sc -> !sc.reason().isBlank());
  }

  @Test
  void oneYearOfDataGivesNoTrendsButStillComparisons() {
    List<Observation> o = twoYears().stream().filter(x -> x.counts().period().equals(NOW)).toList();
    Assessment a = assess(AnalysisSettings.defaults(), o, List.of());
    assertThat(a.findings(Finding.Kind.TREND)).isEmpty();
    assertThat(a.findings(Finding.Kind.COMPARISON)).isNotEmpty();
    assertThat(a.baselinePeriod()).isEqualTo("2023-24");
  }

  @Test
  void missingPopulationLeavesRatesEmptyAndTestsOnEqualExposure() {
    List<Observation> o = new ArrayList<>();
    o.add(obs(Role.SUBJECT, ME, BEFORE, counts(1000, 400, 900, 300, 60, 30), null));
    o.add(obs(Role.SUBJECT, ME, NOW, counts(830, 350, 740, 315, 50, 55), null));
    Assessment a = assess(AnalysisSettings.defaults(), o, List.of());
    assertThat(a.population()).isNull();
    assertThat(a.categories()).allMatch(r -> r.ratePer1000() == null);
    assertThat(a.findings(Finding.Trend.class)).anyMatch(f -> f.judgement().direction() == Direction.DOWN);
    assertThat(a.findings(Finding.Kind.COMPARISON)).isEmpty();
  }

  @Test
  void stakeholderTopicWithoutDataIsEmerging() {
    AnalysisSettings s = AnalysisSettings.builder()
        .stakeholderTopics(List.of(new AnalysisSettings.StakeholderNote("Child criminal exploitation", "raised by partners", 4, "cce")))
        .build();
    Assessment a = assess(s, twoYears(), List.of());
    assertThat(a.findings(Finding.StakeholderIssue.class))
        .anyMatch(f -> f.topic().equals("Child criminal exploitation") && f.mentions() == 4 && f.recordedCount() == null);
  }

  @Test
  void metricsCarryEveryRequiredMeasure() {
    Assessment a = assess(AnalysisSettings.defaults(), twoYears(), List.of());
    assertThat(a.metrics()).extracting(Metric::measure)
        .contains("count", "population", "rate_per_1000", "share_of_total", "share_of_parent", "change_pct_vs_previous");
  }

  @Test
  void monthsBeforeThePeriodFeedNoChartOrTable() {
    List<Observation> months = new ArrayList<>();
    for (java.time.YearMonth m = java.time.YearMonth.of(2023, 1); !m.isAfter(java.time.YearMonth.of(2023, 4)); m = m.plusMonths(1)) {
      months.add(new Observation(Role.SUBJECT, new AreaCounts(ME, Taxonomy.POLICE_UK, Period.month(m),
          Map.of("Anti-social behaviour", 40L), true, ""), null));
    }
    AssessmentInput in = new AssessmentInput(ME, NOW, List.of(BEFORE, NOW), twoYears(), months, List.of(), List.of(),
        List.of(), List.of(), Map.of(), false);
    Assessment a = new Analyst(OffenceTaxonomy.load(), AnalysisSettings.defaults()).assess(in);
    // 2023-24 runs April 2023 to March 2024: of January to April 2023 only April is in it.
    assertThat(a.monthly()).extracting(SeriesPoint::period).containsOnly("2023-04");
  }
}
