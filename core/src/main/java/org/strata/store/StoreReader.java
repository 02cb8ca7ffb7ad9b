package org.strata.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;

/**
 * Reads a store for a long-running reader (the dashboard) without holding it: each read opens the
 * file read-only and closes it after, so that {@code strata ingest} can take the write lock
 * between reads. While a writer holds the store a read waits, retrying, up to a limit. Tells its
 * caller when the file changed since the previous read, so that caches can be dropped and new
 * data shown. A reader made {@link #of(DuckDbStore) over an open store} uses that store and never
 * reopens it (tests, in-memory stores).
 */
public final class StoreReader {
  private static final long RETRY_MS = 200;

  private final @Nullable Path file;
  private final @Nullable DuckDbStore fixed;
  private final long waitMs;
  private String version = "";

  private StoreReader(@Nullable Path file, @Nullable DuckDbStore fixed, long waitMs) {
    this.file = file;
    this.fixed = fixed;
    this.waitMs = waitMs;
  }

  /**
   * A reader of a store file, checked now by opening it once.
   *
   * @param waitMs how long a read waits while another process writes the store
   * @throws org.strata.common.UsageException if the file is missing or not a Strata store.
   */
  public static StoreReader open(Path file, long waitMs) {
    StoreReader r = new StoreReader(file, null, waitMs);
    r.read(s -> null);
    return r;
  }

  /** A reader over a store already open, which it never closes. */
  public static StoreReader of(DuckDbStore store) {
    return new StoreReader(null, store, 0);
  }

  /** The store's location, for messages. */
  public String location() {
    return fixed != null ? fixed.location() : String.valueOf(file);
  }

  /**
   * Runs a read on a store opened for it.
   *
   * @throws StoreBusyException if another process still writes the store when the wait ends.
   */
  public synchronized <T> T read(Function<DuckDbStore, T> query) {
    if (fixed != null) {
      return query.apply(fixed);
    }
    try (DuckDbStore s = openWaiting()) {
      return query.apply(s);
    }
  }

  /**
   * True, once, when the file changed since this was last asked: new data was loaded.
   */
  public synchronized boolean changed() {
    if (file == null) {
      return false;
    }
    String now = versionOf(file);
    boolean changed = !version.isEmpty() && !now.equals(version);
    version = now;
    return changed;
  }

  private DuckDbStore openWaiting() {
    long start = System.nanoTime();
    while (true) {
      try {
        return DuckDbStore.openReadOnly(file);
      } catch (StoreBusyException busy) {
        if ((System.nanoTime() - start) / 1_000_000 >= waitMs) {
          throw busy;
        }
        try {
          Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw busy;
        }
      }
    }
  }

  /** Size and modification time of the store file and its write-ahead log. */
  static String versionOf(Path file) {
    try {
      Path wal = file.resolveSibling(file.getFileName() + ".wal");
      return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis()
          + (Files.exists(wal) ? ":" + Files.size(wal) + ":" + Files.getLastModifiedTime(wal).toMillis() : "");
    } catch (IOException e) {
      throw new AppException("cannot read the state of store " + file + ": " + e.getMessage(), e);
    }
  }
}
