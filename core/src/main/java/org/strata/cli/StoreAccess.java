package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.strata.common.UsageException;
import org.strata.store.DuckDbStore;
import org.strata.store.StoreBusyException;

/**
 * Opens the store for a reading command, waiting while another process writes it: one message
 * when the wait starts, a retry every half second, and after the wait ({@code --lock-wait} of a
 * reading command, else {@code STRATA_LOCK_WAIT} seconds, else 30) one line naming the other
 * process, exit 2. DuckDB's own lock text never reaches the user.
 */
final class StoreAccess {
  private static final long RETRY_MS = 500;

  private StoreAccess() {}

  /**
   * The store, read-only, waiting up to {@code waitSeconds} while another process writes it.
   *
   * @throws UsageException if another process still writes the store when the wait ends.
   */
  static DuckDbStore openForReading(Path db, long waitSeconds, PrintWriter err) {
    return openWaiting(db, waitSeconds, err, () -> DuckDbStore.openForReading(db));
  }

  /**
   * The store, for writing: waits the same way while a reader ({@code serve} between requests
   * never holds it long) or another writer has it.
   *
   * @throws UsageException if another process still holds the store when the wait ends.
   */
  static DuckDbStore openForWriting(Path db, PrintWriter err) {
    return openWaiting(db, waitSeconds(), err, () -> DuckDbStore.open(db));
  }

  private static DuckDbStore openWaiting(
      Path db, long waitSeconds, PrintWriter err, java.util.function.Supplier<DuckDbStore> open) {
    long waitMs = waitSeconds * 1000L;
    long start = System.nanoTime();
    boolean told = false;
    while (true) {
      try {
        return open.get();
      } catch (StoreBusyException busy) {
        long waited = (System.nanoTime() - start) / 1_000_000;
        if (waited >= waitMs) {
          throw new UsageException(String.format(Locale.ROOT,
              "store %s: expected no other process using it, found %s still using it after %d s"
                  + " (run again when it finishes, or set STRATA_LOCK_WAIT)", db, busy.holder(), waitMs / 1000));
        }
        if (!told) {
          err.println("store " + db + " is in use by another process (" + busy.holder()
              + "); waiting up to " + waitMs / 1000 + " s...");
          err.flush();
          told = true;
        }
        sleep();
      }
    }
  }

  /**
   * {@code STRATA_LOCK_WAIT}'s seconds, else 30.
   *
   * @throws UsageException if it is not a number.
   */
  static long waitSeconds() {
    String s = System.getenv("STRATA_LOCK_WAIT");
    try {
      return s == null ? 30 : Math.max(0, Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      throw new UsageException("STRATA_LOCK_WAIT \"" + s + "\": expected a number of seconds");
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(RETRY_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("interrupted while waiting for the store");
    }
  }
}
