package org.strata.ingest.policeuk.api;

import java.time.Duration;

/** Waits for a while; tests pass one that only records the wait. */
@FunctionalInterface
interface Sleeper {
  /** The real one. */
  Sleeper THREAD = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
