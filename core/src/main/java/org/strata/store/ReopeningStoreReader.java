package org.strata.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import org.strata.analysis.input.AssessmentInput;
import org.strata.analysis.input.SourceFileInfo;
import org.strata.reference.Period;
import org.strata.common.AppException;

/**
 * {@link StoreReader} for a long-running reader (the dashboard) that does not hold the store: each
 * read opens the file read-only and closes it after, so that {@code strata ingest} can take the
 * write lock between reads. While a writer holds the store a read waits, retrying, up to a limit.
 * Tells its caller when the file changed since the previous read, so that caches can be dropped
 * and new data shown.
 */
final class ReopeningStoreReader implements StoreReader {
  private static final long RETRY_MS = 200;

  private final Path file;
  private final long waitMs;
  private String version = "";

  private ReopeningStoreReader(Path file, long waitMs) {
    this.file = file;
    this.waitMs = waitMs;
  }

  /**
   * A reader of a store file, checked now by opening it once.
   *
   * @param waitMs how long a read waits while another process writes the store
   * @throws org.strata.common.UsageException if the file is missing or not a Strata store.
   */
  static ReopeningStoreReader open(Path file, long waitMs) {
    ReopeningStoreReader r = new ReopeningStoreReader(file, waitMs);
    r.read(s -> null);
    return r;
  }

  @Override
  public String location() {
    return String.valueOf(file);
  }

  @Override
  public List<AreaQuery.AreaLine> areas() {
    return read(s -> new AreaQuery(s).list(false));
  }

  @Override
  public Optional<PeriodQuery.DataSpan> span(String areaCode) {
    return read(s -> new PeriodQuery(s).span(s.areas().requireArea(areaCode)));
  }

  @Override
  public AssessmentInput input(String area, Period period, List<String> peers, int peerCount) {
    return read(s -> new AssessmentInputQuery(s).gather(area, period, peers, peerCount));
  }

  @Override
  public List<SourceFileInfo> liveFiles() {
    return read(s -> new ProvenanceQuery(s).liveFiles());
  }

  @Override
  public List<ProvenanceQuery.Rejected> rejects(int limit) {
    return read(s -> new ProvenanceQuery(s).rejects(limit));
  }

  /**
   * Runs a read on a store opened for it.
   *
   * @throws StoreBusyException if another process still writes the store when the wait ends.
   */
  synchronized <T> T read(Function<DuckDbStore, T> query) {
    try (DuckDbStore s = openWaiting()) {
      return query.apply(s);
    }
  }

  /**
   * True, once, when the file changed since this was last asked: new data was loaded.
   */
  @Override
  public synchronized boolean changed() {
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
