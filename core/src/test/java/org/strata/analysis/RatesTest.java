package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RatesTest {
  @Test
  void ratePerThousandIsCountOverPopulation() {
    // 3,209 offences among 102,800 residents: 3,209 / 102,800 × 1,000.
    assertThat(Rates.perThousand(3209, 102_800)).isCloseTo(31.2159, within(1e-4));
  }

  @Test
  void missingPopulationIsRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> Rates.perThousand(5, 0));
    assertEquals("population must be > 0, was 0", e.getMessage());
  }

  @Test
  void sharesAndChangesHaveNoValueOnAZeroBase() {
    assertThat(Rates.sharePct(1432, 3209)).isCloseTo(44.624, within(1e-3));
    assertThat(Rates.sharePct(1, 0)).isNull();
    assertThat(Rates.changePct(0, 5)).isNull();
    assertThat(Rates.changePct(1000, 830)).isCloseTo(-17.0, within(1e-12));
  }
}
