package org.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.reference.Period;
import org.strata.store.DuckDbStore;
import org.strata.store.StoreReader;

/** The period menu offers only periods the data cover whole, so no choice answers "not found". */
class DashboardPeriodsTest {
  @TempDir Path dir;

  @Test
  void sixteenMonthsOfDataOfferOnlyTheLatestTwelve() throws Exception {
    Path db = TestStore.build(dir);
    try (DuckDbStore s = DuckDbStore.open(db)) {
      Dashboard d = new Dashboard(StoreReader.of(s));
      // January 2023 to April 2024: May 2022 to April 2023 starts before the data and is not offered.
      assertThat(d.periodChoices(d.requireArea(TestStore.WORCESTER))).containsExactly(Period.parse("2023-05..2024-04"));
    }
  }
}
