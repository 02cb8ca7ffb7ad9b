package org.strata.ingest.policeuk.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** A clock that only moves when something sleeps, and remembers every sleep. */
final class FakeTime implements LongSupplier, Sleeper {
  private long nanos = 1_000_000_000L;
  final List<Duration> sleeps = new ArrayList<>();

  @Override
  public long getAsLong() {
    return nanos;
  }

  @Override
  public void sleep(Duration d) {
    sleeps.add(d);
    nanos += d.toNanos();
  }

  /** The sleeps longer than the pacing interval: the back-offs. */
  List<Duration> backoffs() {
    return sleeps.stream().filter(d -> d.compareTo(Pacer.INTERVAL) > 0).toList();
  }
}
