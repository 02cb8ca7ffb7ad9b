package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PoissonTestTest {
  /**
   * R's poisson.test(c(11, 21), c(800, 3011)) help-page example: p = 0.07967, rate ratio 1.971488,
   * 95% CI 0.8584264 to 4.2772659 (confirmed independently with scipy's binomial and beta).
   */
  @Test
  void matchesTheTextbookExample() {
    Significance s = PoissonTest.compare(21, 3011, 11, 800);
    assertThat(s.pValue()).isCloseTo(0.07966863, within(1e-7));
    assertThat(s.rateRatio()).isCloseTo(1.9714881, within(1e-6));
    assertThat(s.lower()).isCloseTo(0.8584264, within(1e-6));
    assertThat(s.upper()).isCloseTo(4.2772659, within(1e-6));
    assertThat(s.significant()).isFalse();
    assertThat(s.volatile_()).isTrue();
  }

  @Test
  void equalCountsOnEqualExposureAreNotDifferent() {
    Significance s = PoissonTest.compare(100, 1, 100, 1);
    assertThat(s.pValue()).isCloseTo(1.0, within(1e-9));
    assertThat(s.rateRatio()).isEqualTo(1.0);
  }

  @Test
  void aLargeFallIsSignificant() {
    // 1,000 to 830: a 17% fall on the same population.
    Significance s = PoissonTest.compare(1000, 50_000, 830, 50_000);
    assertThat(s.significant()).isTrue();
    assertThat(s.pValue()).isLessThan(0.001);
    assertThat(s.volatile_()).isFalse();
  }

  @Test
  void twoZeroCountsGiveNoEvidenceAndNoRatio() {
    Significance s = PoissonTest.compare(0, 1, 0, 1);
    assertThat(s.pValue()).isEqualTo(1.0);
    assertThat(s.rateRatio()).isNull();
    assertThat(s.upper()).isNull();
    assertThat(s.volatile_()).isTrue();
  }

  @Test
  void aRiseFromZeroHasAnOpenUpperBound() {
    // 0 then 6 on equal exposure: P = 2 × 0.5^6 = 0.03125.
    Significance s = PoissonTest.compare(0, 1, 6, 1);
    assertThat(s.pValue()).isCloseTo(0.03125, within(1e-12));
    assertThat(s.rateRatio()).isNull();
    assertThat(s.upper()).isNull();
    assertThat(s.lower()).isPositive();
  }

  @Test
  void refusesNegativeCountsAndEmptyExposure() {
    var e = assertThrows(IllegalArgumentException.class, () -> PoissonTest.compare(-1, 1, 2, 1));
    assertEquals("counts must be >= 0, were -1, 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PoissonTest.compare(1, 0, 2, 1));
    assertEquals("exposures must be > 0, were 0.0, 1.0", e.getMessage());
  }

  @Test
  void tailProbabilityMatchesHandWorkedPoisson() {
    // Mean 2: P(X >= 5) = 1 - e^-2 (1 + 2 + 2 + 4/3 + 2/3) = 1 - 7 e^-2.
    assertThat(PoissonTest.tailProbability(5, 2)).isCloseTo(1 - 7 * Math.exp(-2), within(1e-12));
    // Mean 10: P(X <= 0) = e^-10.
    assertThat(PoissonTest.tailProbability(0, 10)).isCloseTo(Math.exp(-10), within(1e-15));
  }

  @Test
  void controlLimitsBracketTheMean() {
    // Mean 100: the 3-sigma-equivalent limits lie near 100 ± 3 × 10.
    assertThat(TrendFindings.upperLimit(100, 0.00135)).isBetween(128L, 134L);
    assertThat(TrendFindings.lowerLimit(100, 0.00135)).isBetween(68L, 73L);
    assertThat(TrendFindings.lowerLimit(2, 0.00135)).isEqualTo(-1L);
  }
}
