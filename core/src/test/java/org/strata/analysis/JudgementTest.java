package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One decision per subject: direction from the test, and when a small rise is an early signal. */
class JudgementTest {
  private static Judgement judge(long before, long now) {
    return Judgement.of(PoissonTest.compare(before, 1, now, 1, 0.05, 20), before, now, 100, 0.10);
  }

  @Test
  void aSignificantRiseIsUpAndNoSignal() {
    // 40 → 80: the conditional test puts p far below 0.05.
    Judgement j = judge(40, 80);
    assertThat(j.direction()).isEqualTo(Direction.UP);
    assertThat(j.signal()).isFalse();
    assertThat(j.rising()).isTrue();
  }

  @Test
  void aSmallRiseWithPBetweenTheThresholdsIsStableButAnEarlySignal() {
    // 40 → 60: binomial test of 60 of 100 at one half gives p = 0.057, above 0.05 and below 0.10.
    Judgement j = judge(40, 60);
    assertThat(j.significance().pValue()).isBetween(0.05, 0.10);
    assertThat(j.direction()).isEqualTo(Direction.STABLE);
    assertThat(j.signal()).isTrue();
    assertThat(j.rising()).isTrue();
  }

  @Test
  void aLargeCountNeverSignalsWithoutSignificance() {
    // 1,000 → 1,060 is a 6% rise with p about 0.19: stable, and too large a count to be an early signal.
    Judgement j = judge(1000, 1060);
    assertThat(j.direction()).isEqualTo(Direction.STABLE);
    assertThat(j.signal()).isFalse();
  }

  @Test
  void aSignificantFallIsDown() {
    assertThat(judge(500, 400).direction()).isEqualTo(Direction.DOWN);
  }
}
