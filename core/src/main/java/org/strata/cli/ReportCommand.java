package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.strata.common.UsageException;
import org.strata.report.ReportWriter;
import org.strata.store.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata report}: one assessment of one area and period, written to a folder. */
@Command(name = "report", description = "Write the assessment of one area and period.", mixinStandardHelpOptions = true)
final class ReportCommand implements Runnable {
  @Mixin StoreOption store;

  @Mixin LockWaitOption lockWait;

  @Option(names = "--area", paramLabel = "NAME|CODE", description = "district, CSP or county name, or GSS code (or area: in the config)")
  String area;

  @Option(names = "--period", paramLabel = "PERIOD", description = "2023-24, 2024-03 or 2024-07..2025-06 (or period: in the config)")
  String period;

  @Option(names = "--baseline", paramLabel = "PERIOD", description = "baseline period for long-run change (default: the earliest year with data)")
  String baseline;

  @Option(names = "--config", paramLabel = "FILE", description = "assessment.yaml: peers, priorities, survey mapping, stakeholders, weights, thresholds, sections")
  Path config;

  @Option(names = "--previous", paramLabel = "PATH", description = "last year's assessment.json (or its report folder): adds changes since the last assessment")
  Path previous;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "csv,json,html,pdf,docx,xlsx,svg (default: all)")
  List<String> formats;

  @Option(names = "--boundaries", split = ",", paramLabel = "FILE", description = "TopoJSON or GeoJSON district or LSOA boundaries for maps")
  List<Path> boundaries = List.of();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "report", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter w = spec.commandLine().getOut();
    OutFolder.require(out);
    for (Path b : boundaries) {
      if (!Files.isRegularFile(b)) {
        throw new UsageException(
            "--boundaries " + b + ": expected a TopoJSON or GeoJSON file, found "
                + (Files.exists(b) ? "a folder" : "nothing"));
      }
    }
    if (period != null) {
      org.strata.reference.Period.parse(period);
    }
    if (!Files.exists(store.db)) {
      throw new UsageException("store " + store.db + ": expected an existing Strata store, found no file"
          + " (load data with strata ingest, or run strata demo)");
    }
    try (DuckDbStore s = StoreAccess.openForReading(store.db, lockWait.seconds(), spec.commandLine().getErr())) {
      var request = new AssessmentRequest(area, period, baseline, config, false, previous);
      var options = request.options(s.areas(), boundaries);
      var a = request.assess(s);
      for (Path p : ReportWriter.write(a, out, formats(formats), options)) {
        w.println("wrote " + p);
      }
    }
    w.flush();
  }

  static Set<ReportWriter.Format> formats(List<String> names) {
    if (names == null || names.isEmpty()) {
      return ReportWriter.all();
    }
    Set<ReportWriter.Format> set = EnumSet.noneOf(ReportWriter.Format.class);
    for (String n : names) {
      try {
        set.add(ReportWriter.Format.valueOf(n.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("format \"" + n + "\": expected one of " + ReportWriter.all().toString().toLowerCase(Locale.ROOT));
      }
    }
    return set;
  }
}
