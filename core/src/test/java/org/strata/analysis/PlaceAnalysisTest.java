package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strata.analysis.input.PlaceCount;

class PlaceAnalysisTest {
  @Test
  void giniIsZeroWhenEveryLsoaHasTheSameCount() {
    assertThat(PlaceAnalysis.gini(List.of(5L, 5L, 5L, 5L))).isCloseTo(0, within(1e-12));
  }

  @Test
  void giniOfAllInOneOfFourIsThreeQuarters() {
    // 2 × (4 × 10) / (4 × 10) − 5/4 = 0.75.
    assertThat(PlaceAnalysis.gini(List.of(0L, 0L, 0L, 10L))).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void giniOfNothingIsZero() {
    assertThat(PlaceAnalysis.gini(List.of())).isZero();
    assertThat(PlaceAnalysis.gini(List.of(0L, 0L))).isZero();
  }

  @Test
  void topDecileShareTakesTheBusiestTenthRoundedUp() {
    // 11 LSOAs → top 2; counts 30 and 20 of 100.
    List<PlaceCount> counts = new ArrayList<>();
    long[] c = {30, 20, 5, 5, 5, 5, 5, 5, 5, 5, 10};
    for (int i = 0; i < c.length; i++) {
      counts.add(new PlaceCount("E0100000" + i, "Town " + i, "2024-01", "Burglary", c[i], 0, 0, "On or near X"));
    }
    List<PlaceRow> rows = PlaceAnalysis.rows(counts);
    assertThat(rows.get(0).count()).isEqualTo(30);
    assertThat(PlaceAnalysis.topDecileShare(rows)).isCloseTo(50.0, within(1e-9));
  }

  @Test
  void anLsoaInTheTopDecileInMostMonthsIsAPersistentHotSpot() {
    List<PlaceCount> counts = new ArrayList<>();
    for (String m : List.of("2024-01", "2024-02", "2024-03", "2024-04")) {
      counts.add(new PlaceCount("A", "Hot 001A", m, "Burglary", 9, 0, 0, "On or near High Street"));
      for (int i = 0; i < 9; i++) {
        counts.add(new PlaceCount("B" + i, "Calm " + i, m, "Burglary", 1, 0, 0, "On or near Lane"));
      }
    }
    List<PlaceRow> rows = PlaceAnalysis.rows(counts);
    assertThat(rows.get(0).lsoaCode()).isEqualTo("A");
    assertThat(rows.get(0).persistentHotSpot()).isTrue();
    assertThat(rows.get(0).topDecileMonths()).isEqualTo(4);
    assertThat(rows.stream().filter(PlaceRow::persistentHotSpot).count()).isEqualTo(1);
  }
}
