package org.strata.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.strata.analysis.Assessment;
import org.strata.common.AppException;
import org.strata.reference.Period;
import org.strata.report.ReportWriter;
import org.strata.report.batch.BatchArea;
import org.strata.store.DuckDbStore;

/**
 * Runs the assessments of a batch on {@code jobs} threads, each with its own connection to the one
 * open store, and writes each area's report folder exactly as {@code strata report} would. An area
 * that fails is recorded with its reason and the others go on. A finished area leaves its headline
 * metrics in {@code DIR/.batch/<code>.json}, which {@code --resume} reads instead of assessing it
 * again.
 */
final class BatchRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Heap one PDF or Word render may need at its peak: measured, one render of a full report holds
   * under 160 MiB live (every format for the West Midlands' 25 CSPs runs in a 256 MiB heap on one
   * job), and the batch itself about 100 MiB.
   */
  static final long RENDER_HEAP = 256L << 20;

  private final DuckDbStore store;
  private final BatchConfigs configs;
  private final Period period;
  private final String baseline;
  private final Set<ReportWriter.Format> formats;
  private final Path out;
  private final Semaphore heavyRenders;

  BatchRun(DuckDbStore store, BatchConfigs configs, Period period, String baseline,
      Set<ReportWriter.Format> formats, Path out) {
    this.store = store;
    this.configs = configs;
    this.period = period;
    this.baseline = baseline;
    this.formats = formats;
    this.out = out;
    this.heavyRenders = new Semaphore(heavyRendersAtOnce(Runtime.getRuntime().maxMemory()));
  }

  /**
   * How many PDF or Word renders the heap holds at once: one per {@link #RENDER_HEAP}, at least
   * one. More jobs than this still assess in parallel; their renders wait their turn instead of
   * failing with OutOfMemoryError.
   */
  static int heavyRendersAtOnce(long maxHeap) {
    return (int) Math.max(1, maxHeap / RENDER_HEAP);
  }

  /**
   * Assesses every unit not already done (when resuming), reporting each as it finishes.
   *
   * @param done called once per area, from worker threads, as each finishes or is skipped
   * @return the areas in the order given
   */
  List<BatchArea> run(List<BatchSelection.Unit> units, int jobs, boolean resume, Consumer<Progress> done) {
    BlockingQueue<DuckDbStore> connections = new ArrayBlockingQueue<>(jobs);
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    try {
      for (int i = 0; i < jobs; i++) {
        connections.add(store.duplicate());
      }
      List<Future<BatchArea>> futures = new ArrayList<>();
      for (BatchSelection.Unit u : units) {
        futures.add(pool.submit(() -> {
          long t0 = System.nanoTime();
          BatchArea a = resume ? previous(u) : null;
          boolean resumed = a != null;
          if (a == null) {
            DuckDbStore s = connections.take();
            try {
              a = one(s, u);
            } finally {
              connections.add(s);
            }
          }
          done.accept(new Progress(a, resumed, (System.nanoTime() - t0) / 1_000_000));
          return a;
        }));
      }
      List<BatchArea> results = new ArrayList<>();
      for (Future<BatchArea> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AppException("batch interrupted", e);
    } catch (ExecutionException e) {
      throw new AppException("batch failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
      connections.forEach(DuckDbStore::close);
    }
  }

  /** One area: assess, write its folder, record it done; any failure becomes the area's reason. */
  private BatchArea one(DuckDbStore s, BatchSelection.Unit u) {
    try {
      BatchConfigs.ForArea c = configs.forArea(u.code());
      Assessment a = AssessmentRequest.assess(s, c.config(), u.code(), period, baseline, false);
      write(a, u, c);
      BatchArea result = BatchArea.of(a, u.forceCode());
      save(result);
      return result;
    } catch (AppException e) {
      return BatchArea.failed(u.code(), u.name(), e.getMessage());
    } catch (RuntimeException e) {
      return BatchArea.failed(u.code(), u.name(), "unexpected error: " + e);
    }
  }

  private void write(Assessment a, BatchSelection.Unit u, BatchConfigs.ForArea c) {
    boolean heavy = formats.contains(ReportWriter.Format.PDF) || formats.contains(ReportWriter.Format.DOCX);
    if (heavy) {
      heavyRenders.acquireUninterruptibly();
    }
    try {
      ReportWriter.write(a, out.resolve(u.code()), formats, c.options());
    } finally {
      if (heavy) {
        heavyRenders.release();
      }
    }
  }

  private Path state(String code) {
    return out.resolve(".batch").resolve(code + ".json");
  }

  private void save(BatchArea a) {
    try {
      Path p = state(a.code());
      Files.createDirectories(p.getParent());
      Path tmp = p.resolveSibling(a.code() + ".tmp");
      JSON.writeValue(tmp.toFile(), a);
      Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new AppException("cannot record " + a.code() + " as done in " + out + ": " + e.getMessage(), e);
    }
  }

  /** The area as an earlier run left it, or null when it did not finish then. */
  private BatchArea previous(BatchSelection.Unit u) {
    Path p = state(u.code());
    if (!Files.isRegularFile(p)) {
      return null;
    }
    try {
      return JSON.readValue(p.toFile(), BatchArea.class);
    } catch (IOException e) {
      return null;
    }
  }

  /** An area finished (in {@code millis}, assessment and files), or skipped as an earlier run finished it. */
  record Progress(BatchArea area, boolean resumed, long millis) {
    /** One plain progress line: "[12/314] E07000192 Cannock Chase: done", with the time if asked. */
    String line(int n, int total, boolean timing) {
      return String.format(Locale.ROOT, "[%d/%d] %s %s: %s%s", n, total, area.code(), area.name(),
          resumed ? "done earlier (resumed)" : area.ok() ? "done" : "failed: " + area.failure(),
          timing ? " (" + millis + " ms)" : "");
    }
  }
}
