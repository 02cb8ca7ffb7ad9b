package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strata.report.SampleAssessment.AREA;
import static org.strata.report.SampleAssessment.CODE;
import static org.strata.report.SampleAssessment.TOTAL;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strata.analysis.Assessment;
import org.strata.analysis.Comparator;
import org.strata.analysis.Finding;
import org.strata.analysis.Significance;
import org.strata.analysis.SeriesPoint;
import org.strata.analysis.Subject;
import org.strata.analysis.input.Role;
import org.strata.reference.Taxonomy;
import org.strata.report.chart.Charts;

class SixYearStoryTest {
  private static Assessment with(Assessment a, List<SeriesPoint> series, List<Finding> findings) {
    return new Assessment(a.areaCode(), a.areaName(), a.areaLevel(), a.period(), a.periodReadable(), a.previousPeriod(),
        a.baselinePeriod(), a.taxonomy(), a.totalCategory(), a.population(), a.headline(), a.categories(), series,
        a.monthly(), findings, a.places(), a.priorities(), a.metrics(), a.sources(), a.caveats(), a.synthetic(),
        a.context(), a.districtRates());
  }

  private static Finding.Comparison crossing(String category, double rate, double forceRate, Finding.Position now,
      Finding.Position before) {
    return crossing(category, 100, rate, forceRate, now, before, SampleAssessment.SIG);
  }

  private static Finding.Comparison crossing(String category, long count, double rate, double forceRate,
      Finding.Position now, Finding.Position before, Significance sig) {
    return new Finding.Comparison(new Subject(CODE, AREA, category, Taxonomy.ONS, "2024-25"),
        new Comparator(Role.POLICE_FORCE_AREA, "E23999001", "Northmoor"), count, rate, 1000, forceRate,
        rate / forceRate, now, sig, before, List.of());
  }

  @Test
  void saysCrimeFallsLocallyAsItDoesAcrossTheForce() {
    // force 60,800 (rate 62.4) in 2023-24, 60,000 (61.5) in 2024-25: down 1.3%, p about 0.01
    assertThat(new SixYearStory(SampleAssessment.full()).direction()).hasValue("Crime is falling locally, reflecting a"
        + " trend across the Northmoor police force area, where it is also falling (down 1% on 2023-24, a significant"
        + " fall).");
  }

  @Test
  void saysWhenTheForceMovesTheOtherWay() {
    Assessment a = SampleAssessment.full();
    List<SeriesPoint> series = new ArrayList<>(a.series().stream()
        .filter(p -> !(p.role() == Role.POLICE_FORCE_AREA && p.period().equals("2024-25"))).toList());
    // 63,840 against 60,800 on the same population: up 5%
    series.add(new SeriesPoint(Role.POLICE_FORCE_AREA, "E23999001", "Northmoor", "2024-25", TOTAL, Taxonomy.ONS, 63_840,
        65.52));
    assertThat(new SixYearStory(with(a, series, a.findings())).direction()).hasValue("Crime is falling locally, while"
        + " across the Northmoor police force area it is rising (up 5% on 2023-24, a significant rise).");
  }

  @Test
  void saysACategoryIsNowAboveTheForceAreaAverage() {
    Assessment a = SampleAssessment.full();
    List<Finding> findings = new ArrayList<>(a.findings());
    findings.add(crossing("Shoplifting", 9.9, 7.2, Finding.Position.HIGHER, Finding.Position.LOWER));
    findings.add(crossing("Robbery", 0.9, 0.9, Finding.Position.SIMILAR, Finding.Position.LOWER));
    findings.add(crossing("Burglary", 2.9, 2.0, Finding.Position.HIGHER, Finding.Position.HIGHER));
    // 3 homicides against the force's rate: a small count, never said to cross the average
    findings.add(crossing("Homicide", 3, 0.03, 0.02, Finding.Position.HIGHER, Finding.Position.LOWER,
        new Significance("exact conditional Poisson", 0.6, 1.5, 0.3, 5.0, false, true)));
    assertThat(new SixYearStory(with(a, a.series(), findings)).crossings()).containsExactly("Shoplifting is now above the"
        + " force area average (9.9 per 1,000 residents against 7.2 across the Northmoor police force area); in 2023-24"
        + " it was below.");
  }

  @Test
  void oneLoadedYearGivesNoOneDotChartAndNamesTheFileThatAddsEarlierYears() {
    Assessment a = SampleAssessment.full();
    Assessment one = with(a, a.series().stream().filter(p -> p.period().equals("2024-25")).toList(), a.findings());
    SixYearStory story = new SixYearStory(one);
    assertThat(story.missingYears()).hasValue("Earlier years are not loaded, so there is no six-year series and no"
        + " change on the previous year: the store holds 2024-25 only. The Home Office \"Police recorded crime open data"
        + " tables by Community Safety Partnership\" (prc-csp-<…>.ods, one sheet per financial year) adds them: strata"
        + " ingest ons-csp FILE.");
    assertThat(story.direction()).isEmpty();
    assertThat(new Charts(one, "Source").sixYearRates()).isEmpty();
    assertThat(new Charts(one, "Source").categoryTrend("t", "Violence against the person")).isEmpty();
    assertThat(new SixYearStory(a).missingYears()).isEmpty();
    assertThat(new Charts(a, "Source").sixYearRates()).isPresent();
  }
}
