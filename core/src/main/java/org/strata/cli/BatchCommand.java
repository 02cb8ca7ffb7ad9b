package org.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.strata.common.UsageException;
import org.strata.reference.Period;
import org.strata.report.ReportWriter;
import org.strata.report.batch.BatchArea;
import org.strata.report.batch.ForceSummary;
import org.strata.report.batch.IndexPage;
import org.strata.report.batch.Summary;
import org.strata.store.AreaQuery;
import org.strata.store.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code strata batch}: the assessment of every CSP of a selection in one process, the store read
 * once, areas in parallel; each area's folder as {@code strata report} writes it, plus
 * {@code index.html}, {@code summary.csv} and {@code summary.xlsx}.
 */
@Command(name = "batch", description = "Write the assessment of every CSP of England and Wales, a force or a region.",
    mixinStandardHelpOptions = true)
final class BatchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Mixin LockWaitOption lockWait;

  @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2023-24, 2024-03 or 2024-07..2025-06")
  String period;

  @Option(names = "--baseline", paramLabel = "PERIOD", description = "baseline period (default: the earliest year with data)")
  String baseline;

  @Option(names = "--force", paramLabel = "NAME|CODE", description = "only the CSPs of this police force area")
  String force;

  @Option(names = "--region", paramLabel = "NAME|CODE", description = "only the CSPs of this region (or Wales)")
  String region;

  @Option(names = "--areas", split = ",", paramLabel = "AREA", description = "only these districts or CSPs")
  List<String> areas = List.of();

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "csv,json,html,pdf,docx,xlsx,svg (default: all)")
  List<String> formats;

  @Option(names = "--config", paramLabel = "FILE|DIR", description = "one assessment.yaml for every area (with per-area sections under areas:), or a folder of <area-code>.yaml (and default.yaml)")
  Path config;

  @Option(names = "--jobs", paramLabel = "N", description = "areas assessed at once (default: the number of cores)")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = "skip areas an earlier run into the same --out finished")
  boolean resume;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "batch", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    OutFolder.require(out);
    Period p = Period.parse(period);
    if (baseline != null) {
      Period.parse(baseline);
    }
    if (jobs < 1) {
      throw new UsageException("--jobs " + jobs + ": expected 1 or more");
    }
    if ((force != null ? 1 : 0) + (region != null ? 1 : 0) + (areas.isEmpty() ? 0 : 1) > 1) {
      throw new UsageException("batch: expected one of --force, --region or --areas, found more than one");
    }
    Set<ReportWriter.Format> fmt = ReportCommand.formats(formats);
    long t0 = System.nanoTime();
    List<BatchArea> results;
    String forceName = null;
    String forceCode = null;
    try (DuckDbStore s = StoreAccess.openForReading(store.db, lockWait.seconds(), spec.commandLine().getErr())) {
      s.cacheReads();
      List<BatchSelection.Unit> units =
          BatchSelection.select(s.areas(), force, region, areas, new AreaQuery(s).codesWithCounts());
      BatchConfigs configs = new BatchConfigs(config, s.areas(), units);
      if (force != null) {
        var f = BatchSelection.requireForce(s.areas(), force);
        forceName = f.name();
        forceCode = f.code();
      }
      Files.createDirectories(out);
      int renders = BatchRun.heavyRendersAtOnce(Runtime.getRuntime().maxMemory());
      boolean heavy = fmt.contains(ReportWriter.Format.PDF) || fmt.contains(ReportWriter.Format.DOCX);
      w.println("batch: " + units.size() + " area(s), " + p.label() + ", " + jobs + " job(s)"
          + (heavy && renders < jobs ? " (PDF and Word: " + renders + " at once, as the heap holds)" : "")
          + ", into " + out);
      w.flush();
      results = run(new BatchRun(s, configs, p, baseline, fmt, out), units, w);
    }
    String title = (forceName != null ? forceName : region != null ? region : areas.isEmpty()
        ? "England and Wales" : "Selected areas") + ": strategic assessments " + p.label();
    ForceSummary fs = forceName == null ? null : new ForceSummary(forceCode, forceName, results);
    String link = fmt.contains(ReportWriter.Format.HTML) ? "assessment.html"
        : fmt.contains(ReportWriter.Format.PDF) ? "assessment.pdf" : "metrics.csv";
    Files.writeString(out.resolve("index.html"), IndexPage.html(title, results, fs, link), StandardCharsets.UTF_8);
    Summary.write(results, out);
    long failed = results.stream().filter(a -> !a.ok()).count();
    w.println(String.format(Locale.ROOT, "wrote %d report(s), %s, %s and %s in %.1f s", results.size() - failed,
        out.resolve("index.html"), out.resolve("summary.csv"), out.resolve("summary.xlsx"),
        (System.nanoTime() - t0) / 1e9));
    w.flush();
    if (failed > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("batch: " + failed + " of " + results.size() + " area(s) failed (listed in "
          + out.resolve("index.html") + "); first: " + results.stream().filter(a -> !a.ok()).findFirst()
          .map(a -> a.code() + " " + a.failure()).orElse(""));
      err.flush();
      return StrataCommand.EXIT_FAILURE;
    }
    return 0;
  }

  /** Runs the areas with a progress bar on a terminal, plain lines otherwise. */
  private List<BatchArea> run(BatchRun run, List<BatchSelection.Unit> units, PrintWriter w) {
    AtomicInteger n = new AtomicInteger();
    if (System.console() == null) {
      Consumer<BatchRun.Progress> line = p -> {
        synchronized (w) {
          w.println(p.line(n.incrementAndGet(), units.size(), System.getenv("STRATA_TIMING") != null));
          w.flush();
        }
      };
      return run.run(units, jobs, resume, line);
    }
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("batch").setInitialMax(units.size())
        .setUnit(" areas", 1).build()) {
      return run.run(units, jobs, resume, p -> {
        bar.step();
        bar.setExtraMessage(p.area().name());
      });
    }
  }
}
