package org.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong();

  @Test
  void allowsABurstOfTwiceTheRateThenRefuses() {
    RateLimiter l = new RateLimiter(5, now::get);
    for (int i = 0; i < 10; i++) {
      assertThat(l.allow("a")).isTrue();
    }
    assertThat(l.allow("a")).isFalse();
  }

  @Test
  void refillsWithTimeAndKeepsClientsApart() {
    RateLimiter l = new RateLimiter(1, now::get);
    assertThat(l.allow("a")).isTrue();
    assertThat(l.allow("a")).isTrue();
    assertThat(l.allow("a")).isFalse();
    assertThat(l.allow("b")).isTrue();
    now.addAndGet(1_000_000_000L);
    assertThat(l.allow("a")).isTrue();
  }

  @Test
  void zeroMeansNoLimit() {
    RateLimiter l = new RateLimiter(0, now::get);
    for (int i = 0; i < 1000; i++) {
      assertThat(l.allow("a")).isTrue();
    }
  }
}
