package org.strata.ingest.policeuk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.strata.common.BadInputException;

/**
 * Street-level CSVs being checked in the background, handed out in source order as their checks
 * finish, so that the store can load the first files while the later ones are still being read:
 * on two cores the checks fill the time DuckDB leaves a core idle. Closing it stops the checks
 * and deletes the temporary copies, unless {@link #drain()} handed them to a {@link PoliceUkScan}.
 */
public final class PoliceUkChecking implements AutoCloseable {
  private final List<Long> sizes;
  private final List<CompletableFuture<Object>> results;
  private final List<BadInputException> refused;
  private final List<String> notes;
  private final Path temp;
  private final ExecutorService pool;
  private int cursor;
  private boolean handedOver;

  private PoliceUkChecking(
      List<Long> sizes,
      List<CompletableFuture<Object>> results,
      List<BadInputException> refused,
      List<String> notes,
      Path temp,
      ExecutorService pool) {
    this.sizes = sizes;
    this.results = results;
    this.refused = new ArrayList<>(refused);
    this.notes = List.copyOf(notes);
    this.temp = temp;
    this.pool = pool;
  }

  /** One file to check: where it is now, its name, and its size in bytes. */
  record Candidate(Path path, String source, long bytes) {}

  /**
   * Starts checking the candidates, in their order, on as many threads as there are cores.
   *
   * @param refused files refused before any check (damaged archives, folders without street files)
   */
  static PoliceUkChecking start(
      List<Candidate> candidates, List<BadInputException> refused, List<String> notes, Path temp) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            r -> {
              Thread t = new Thread(r, "police-uk-check");
              t.setDaemon(true);
              return t;
            });
    List<CompletableFuture<Object>> results = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (Candidate c : candidates) {
      sizes.add(c.bytes());
      results.add(CompletableFuture.supplyAsync(() -> checkOne(c, temp), pool));
    }
    return new PoliceUkChecking(sizes, results, refused, notes, temp, pool);
  }

  /** A scan already complete (files fetched from the API), handed out the same way. */
  public static PoliceUkChecking of(PoliceUkScan scan) {
    List<CompletableFuture<Object>> results = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (PoliceUkFile f : scan.files()) {
      sizes.add(f.bytes());
      results.add(CompletableFuture.completedFuture(f));
    }
    return new PoliceUkChecking(sizes, results, scan.refused(), scan.notes(), scan.tempDir(), null);
  }

  private static Object checkOne(Candidate c, Path temp) {
    try {
      return StreetCsvCheck.check(c.path(), c.source(), temp);
    } catch (BadInputException e) {
      return e;
    }
  }

  /**
   * The next checked files, in source order, waiting for their checks: at least {@code minBytes}
   * of them (or all that remain), then any further ones already checked, up to {@code maxBytes}
   * and {@code maxFiles} (a single larger file is handed out alone). Files refused by their check
   * are kept for {@link #refused()} and not handed out.
   *
   * @return the files, empty when every file has been handed out
   */
  public List<PoliceUkFile> next(long minBytes, long maxBytes, int maxFiles) {
    List<PoliceUkFile> out = new ArrayList<>();
    long bytes = 0;
    while (cursor < results.size()) {
      CompletableFuture<Object> f = results.get(cursor);
      boolean wait = out.isEmpty() || bytes < minBytes;
      long size = sizes.get(cursor);
      if (!out.isEmpty() && (bytes + size > maxBytes || out.size() >= maxFiles)
          || !wait && !f.isDone()) {
        break;
      }
      Object r = join(f);
      cursor++;
      if (r instanceof PoliceUkFile p) {
        out.add(p);
        bytes += size;
      } else {
        refused.add((BadInputException) r);
      }
    }
    return out;
  }

  private static Object join(CompletableFuture<Object> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** Notes on what was skipped (outcome files, other entries of an archive). */
  public List<String> notes() {
    return notes;
  }

  /** Files refused whole by their checks so far; all of them once every file was handed out. */
  public List<BadInputException> refused() {
    return List.copyOf(refused);
  }

  /** Waits for every check and returns the whole scan, which then owns the temporary copies. */
  PoliceUkScan drain() {
    List<PoliceUkFile> files = new ArrayList<>();
    for (List<PoliceUkFile> b = next(0, Long.MAX_VALUE, Integer.MAX_VALUE); !b.isEmpty();
        b = next(0, Long.MAX_VALUE, Integer.MAX_VALUE)) {
      files.addAll(b);
    }
    handedOver = true;
    return new PoliceUkScan(files, refused, notes, temp);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    if (!handedOver) {
      new PoliceUkScan(List.of(), List.of(), List.of(), temp).close();
    }
  }
}
