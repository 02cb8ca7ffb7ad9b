package org.strata.report.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strata.analysis.Metric;

class BatchAreaTest {
  private static final String TOTAL = "Total recorded crime (excluding fraud)";

  private static Metric rate(String area, String period, String category, double value) {
    return new Metric(area, area, period, category, "ons", "rate_per_1000", value);
  }

  // the metrics hold the six-year series too: the index and force summary must read the assessed year
  private final BatchArea area = new BatchArea("E07999901", "Ashby Vale", "ons", TOTAL, "E23999901", "2024-25", null,
      List.of(rate("E07999901", "2019-20", TOTAL, 56.6), rate("E07999901", "2024-25", TOTAL, 47.1),
          rate("E23999901", "2019-20", TOTAL, 74.4), rate("E23999901", "2024-25", TOTAL, 61.6),
          rate("E07999901", "2019-20", "Theft offences", 20.0), rate("E07999901", "2024-25", "Theft offences", 16.3),
          rate("E23999901", "2024-25", "Theft offences", 18.0)));

  @Test
  void readsTheAssessedYearNotAnEarlierYearOfTheSeries() {
    assertThat(area.rate()).hasValue(47.1);
    assertThat(area.forceRate()).hasValue(61.6);
    assertThat(area.forceRate("Theft offences")).hasValue(18.0);
  }

  @Test
  void forceSummaryListsEachGroupOnce() {
    assertThat(new ForceSummary("E23999901", "Northmoor", List.of(area)).groups()).containsExactly("Theft offences");
  }
}
