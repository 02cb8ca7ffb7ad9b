package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Analyst;
import org.strata.analysis.Assessment;
import org.strata.analysis.PreviousAssessment;
import org.strata.analysis.StatutoryAnalysis;
import org.strata.cli.config.AssessmentConfigReader;
import org.strata.cli.config.PreviousAssessmentReader;
import org.strata.demo.DemoFiles;
import org.strata.demo.DemoGenerator;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.report.ReportOptions;
import org.strata.report.ReportWriter;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;
import org.strata.store.PoliceUkLoader;
import org.strata.store.StatutoryInputQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code strata demo}: writes the synthetic data set as real-format files, loads them through the
 * same loaders users run, and writes one CSP's report into the folder.
 */
@Command(name = "demo", description = "Generate synthetic data, load it and write a report.", mixinStandardHelpOptions = true)
final class DemoCommand implements Runnable {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "strata-demo", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--seed", defaultValue = "" + DemoGenerator.SEED, description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter w = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    OutFolder.require(out);
    w.println("demo: writing the SYNTHETIC data set to " + out.resolve("data"));
    w.flush();
    DemoFiles files = new DemoGenerator(seed).generate(out);
    Path db = out.resolve("strata.duckdb");
    try {
      Files.deleteIfExists(db);
      Files.deleteIfExists(out.resolve("strata.duckdb.wal"));
    } catch (java.io.IOException e) {
      throw new org.strata.common.AppException("cannot replace " + db + ": " + e.getMessage(), e);
    }
    try (DuckDbStore s = DuckDbStore.open(db)) {
      s.markSynthetic();
      for (String[] step : List.of(
          new String[] {"areas", files.geography().toString()},
          new String[] {"population", files.population().toString()},
          new String[] {"ons-csp", files.onsTable().toString()},
          new String[] {"ons-csp", files.p1Table().toString()},
          new String[] {"survey", files.survey().toString()})) {
        var o = RecordSources.load(step[0], Path.of(step[1]), null, null, s);
        w.println(String.format(Locale.ROOT, "demo: ingest %-10s %s: read %,d = loaded %,d + rejected %,d",
            step[0], Path.of(step[1]).getFileName(), o.rowsRead(), o.rowsLoaded(), o.rowsRejected()));
      }
      try (PoliceUkScan scan = PoliceUkScanner.scan(List.of(files.policeUk()))) {
        var outcomes = new PoliceUkLoader(s).load(scan.files());
        long read = outcomes.stream().mapToLong(o -> o.rowsRead()).sum();
        w.println(String.format(Locale.ROOT, "demo: ingest police-uk  %d monthly files: read %,d rows", outcomes.size(), read));
      }
      AnalysisSettings settings =
          AssessmentConfigReader.read(files.config()).settings().toBuilder().synthetic(true).build();
      Period period = Period.parse(files.period());
      Assessment before = assess(s, files.subjectCode(), period.previous(), settings, null);
      Path previous = out.resolve("previous-" + before.period());
      for (Path p : ReportWriter.write(before, previous, EnumSet.of(ReportWriter.Format.JSON), ReportOptions.defaults())) {
        w.println("demo: wrote " + p + " (last year's assessment, for the changes since it)");
      }
      Assessment a = assess(s, files.subjectCode(), period, settings, PreviousAssessmentReader.read(previous));
      for (Path p : ReportWriter.write(a, out, ReportWriter.all(),
          AssessmentRequest.options(AssessmentConfigReader.read(files.config()), files.config(),
              List.of(files.districtBoundaries(), files.lsoaBoundaries())))) {
        w.println("demo: wrote " + p);
      }
    }
    w.println(String.format(Locale.ROOT, "demo: done in %.1f s; store %s", (System.nanoTime() - t0) / 1e9, db));
    w.flush();
  }

  /** One assessment of the demo area with its statutory parts. */
  private static Assessment assess(DuckDbStore s, String area, Period period, AnalysisSettings settings,
      @Nullable PreviousAssessment previous) {
    Assessment a = new Analyst(OffenceTaxonomy.load(), settings)
        .assess(new AssessmentInputQuery(s, settings.populationYear())
            .gather(area, period, settings.peers(), settings.peerCount()));
    return StatutoryAnalysis.complete(
        a, new StatutoryInputQuery(s, settings.populationYear()).gather(a.areaCode(), period), previous);
  }
}
