package org.strata.ingest.policeuk.api;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.strata.common.AppException;

/**
 * Spaces requests evenly and waits between retries. police.uk allows 15 requests a second with
 * bursts of 30; one request every {@link #INTERVAL} stays well under both.
 */
final class Pacer {
  static final Duration INTERVAL = Duration.ofMillis(100);

  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long next;
  private boolean started;

  Pacer(LongSupplier nanoTime, Sleeper sleeper) {
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** The real clock and sleep. */
  static Pacer system() {
    return new Pacer(System::nanoTime, Sleeper.THREAD);
  }

  /** Returns when the next request may go. */
  void await() {
    long now = nanoTime.getAsLong();
    if (started && now < next) {
      pause(Duration.ofNanos(next - now));
      now = next;
    }
    started = true;
    next = now + INTERVAL.toNanos();
  }

  /** Waits, for a back-off. */
  void pause(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AppException("interrupted while waiting for the police.uk API", e);
    }
  }
}
