package org.strata.ingest.policeuk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;

/**
 * Street-level CSVs being checked in the background, handed out in source order as their checks
 * finish, so that the store can load the first files while the later ones are still being read:
 * on two cores the checks fill the time DuckDB leaves a core idle. Closing it stops the checks
 * and deletes the temporary copies, unless {@link #drain()} handed them to a {@link PoliceUkScan}.
 */
public final class PoliceUkChecking implements AutoCloseable {
  private final List<Candidate> candidates;
  private final List<CompletableFuture<Object>> results;
  private final List<BadInputException> refused;
  private final List<String> notes;
  private final @Nullable Path temp;
  private final @Nullable ExecutorService pool;
  private int cursor;
  private boolean handedOver;

  private PoliceUkChecking(
      List<Candidate> candidates,
      List<CompletableFuture<Object>> results,
      List<BadInputException> refused,
      List<String> notes,
      @Nullable Path temp,
      @Nullable ExecutorService pool) {
    this.candidates = candidates;
    this.results = results;
    this.refused = new ArrayList<>(refused);
    this.notes = List.copyOf(notes);
    this.temp = temp;
    this.pool = pool;
  }

  /** One file to check: where it is now, its name, and its size in bytes. */
  public record Candidate(Path path, String source, long bytes) {}

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
    for (Candidate c : candidates) {
      results.add(CompletableFuture.supplyAsync(() -> checkOne(c, temp), pool));
    }
    return new PoliceUkChecking(candidates, results, refused, notes, temp, pool);
  }

  /** A scan already complete (files fetched from the API), handed out the same way. */
  public static PoliceUkChecking of(PoliceUkScan scan) {
    return checked(scan.files(), scan.refused(), scan.notes(), scan.tempDir());
  }

  /** Files already checked, handed out the same way; closing it deletes nothing. */
  public static PoliceUkChecking of(List<PoliceUkFile> files) {
    return checked(files, List.of(), List.of(), null);
  }

  private static PoliceUkChecking checked(
      List<PoliceUkFile> files, List<BadInputException> refused, List<String> notes,
      @Nullable Path temp) {
    List<CompletableFuture<Object>> results = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    for (PoliceUkFile f : files) {
      candidates.add(new Candidate(f.csv(), f.source(), f.bytes()));
      results.add(CompletableFuture.completedFuture(f));
    }
    return new PoliceUkChecking(candidates, results, refused, notes, temp, null);
  }

  private static Object checkOne(Candidate c, Path temp) {
    try {
      return StreetCsvCheck.check(c.path(), c.source(), temp);
    } catch (BadInputException e) {
      return e;
    }
  }

  /**
   * How many files each batch takes, in order: as few batches as keep each under {@code maxBytes}
   * and {@code maxFiles}, of nearly equal bytes. Equal batches matter to DuckDB: a small insert
   * (under about 700,000 rows) is committed through its write-ahead log and a checkpoint, which
   * costs a large one's whole insert time again.
   */
  public List<Integer> plan(long maxBytes, int maxFiles) {
    long total = candidates.stream().mapToLong(Candidate::bytes).sum();
    int n = (int) Math.max(Math.max(1, (total + maxBytes - 1) / maxBytes),
        (candidates.size() + maxFiles - 1) / maxFiles);
    double per = (double) total / n;
    List<Integer> counts = new ArrayList<>();
    long bytes = 0;
    int from = 0;
    for (int i = 0; i < candidates.size(); i++) {
      long size = candidates.get(i).bytes();
      // A batch ends before the file whose middle lies past the batch's share of the bytes.
      if (i > from && counts.size() < n - 1 && bytes + size / 2.0 > per * (counts.size() + 1)) {
        counts.add(i - from);
        from = i;
      }
      bytes += size;
    }
    if (from < candidates.size()) {
      counts.add(candidates.size() - from);
    }
    return counts;
  }

  /** True when the checks of the files {@link #take take(count)} will hand out have all finished. */
  public boolean checked(int count) {
    return results.subList(cursor, Math.min(results.size(), cursor + count)).stream()
        .allMatch(CompletableFuture::isDone);
  }

  /** The files {@link #take take(count)} will hand out, as they are before their checks. */
  public List<Candidate> pending(int count) {
    return List.copyOf(candidates.subList(cursor, Math.min(candidates.size(), cursor + count)));
  }

  /**
   * The next {@code count} files in source order, waiting for their checks; those refused by
   * their check are kept for {@link #refused()} and left out.
   */
  public List<PoliceUkFile> take(int count) {
    List<PoliceUkFile> out = new ArrayList<>();
    for (int end = Math.min(results.size(), cursor + count); cursor < end; cursor++) {
      Object r = join(results.get(cursor));
      if (r instanceof PoliceUkFile p) {
        out.add(p);
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
    List<PoliceUkFile> files = take(results.size());
    handedOver = true;
    return new PoliceUkScan(files, refused, notes, temp);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    if (!handedOver && temp != null) {
      new PoliceUkScan(List.of(), List.of(), List.of(), temp).close();
    }
  }
}
