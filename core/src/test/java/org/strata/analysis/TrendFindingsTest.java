package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strata.analysis.input.AreaCounts;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.Role;
import org.strata.reference.Area;
import org.strata.reference.AreaRegistry;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

class TrendFindingsTest {
  private static final Area ME = AreaRegistry.load().requireArea("E07000192");

  private static List<SeriesPoint> months(long usual, long latest) {
    List<SeriesPoint> out = new ArrayList<>();
    for (int m = 24; m >= 1; m--) {
      out.add(new SeriesPoint(Role.SUBJECT, ME.code(), ME.name(), java.time.YearMonth.of(2024, 3).minusMonths(m).toString(),
          "Burglary", Taxonomy.POLICE_UK, usual, null));
    }
    out.add(new SeriesPoint(Role.SUBJECT, ME.code(), ME.name(), "2024-03", "Burglary", Taxonomy.POLICE_UK, latest, null));
    return out;
  }

  private static TrendFindings trends() {
    Observation subject = new Observation(Role.SUBJECT,
        new AreaCounts(ME, Taxonomy.POLICE_UK, Period.parse("2023-24"), Map.of(), true, ""), null);
    return new TrendFindings(subject, AnalysisSettings.defaults());
  }

  @Test
  void aMonthFarAboveTheLast24IsUnusuallyHigh() {
    // Mean 50: P(X >= 80) is about 8e-5, below 0.00135.
    List<Finding.UnusualMonth> f = trends().unusualMonths(months(50, 80));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.high()).isTrue();
      assertThat(x.expected()).isEqualTo(50.0);
      assertThat(x.count()).isEqualTo(80L);
      assertThat(x.significance().pValue()).isLessThan(0.00135);
    });
  }

  @Test
  void aMonthFarBelowIsUnusuallyLow() {
    assertThat(trends().unusualMonths(months(50, 25))).singleElement()
        .satisfies(x -> assertThat(x.high()).isFalse());
  }

  @Test
  void anOrdinaryMonthIsNotReported() {
    assertThat(trends().unusualMonths(months(50, 60))).isEmpty();
  }

  @Test
  void fewerThanTwelveEarlierMonthsAreNotEnough() {
    List<SeriesPoint> short_ = months(50, 200).subList(15, 25);
    assertThat(trends().unusualMonths(short_)).isEmpty();
  }
}
