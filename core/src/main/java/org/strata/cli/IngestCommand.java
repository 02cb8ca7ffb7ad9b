package org.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.UsageException;
import org.strata.ingest.policeuk.AggregateManifest;
import org.strata.ingest.policeuk.PoliceUkChecking;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;
import org.strata.ingest.policeuk.api.PoliceUkApiReader;
import org.strata.reference.Period;
import org.strata.reference.PoliceForce;
import org.strata.store.CountsLoader;
import org.strata.store.DuckDbStore;
import org.strata.store.LoadOutcome;
import org.strata.store.PoliceUkLoader;
import org.strata.store.RecordLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strata ingest KIND PATH...}: loads source files into the store. */
@Command(
    name = "ingest",
    description = "Load source files into the store (police-uk, ons-csp, population, survey, local).",
    mixinStandardHelpOptions = true)
final class IngestCommand implements java.util.concurrent.Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "KIND", description = "police-uk | police-uk-api | counts | ons-csp | population | survey | local | areas | lsoa-lookup")
  String kind;

  // Optional here so that police-uk-api can go without; call() requires PATH for every other kind.
  @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "files, folders or zip archives")
  List<Path> paths = List.of();

  @Option(names = "--force", paramLabel = "FORCE", description = "for police-uk-api: the force's police.uk id, e.g. west-mercia")
  String force;

  @Option(names = "--months", paramLabel = "PERIOD", description = "for police-uk-api: a month, range or financial year (2024-01..2024-03)")
  String months;

  @Option(names = "--base-url", paramLabel = "URL", description = "for police-uk-api: the API (default: ${DEFAULT-VALUE})",
      defaultValue = "https://data.police.uk/api")
  URI baseUrl;

  @Option(names = "--save", paramLabel = "DIR", description = "for police-uk-api: keep the fetched CSVs here")
  Path save;

  @Option(names = "--period", paramLabel = "PERIOD", description = "period of an ONS table whose title does not say it")
  String period;

  @Option(names = "--mapping", paramLabel = "MAP.yaml", description = "for local: how the extract's columns map onto incident fields and flags")
  Path mapping;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String k = kind.toLowerCase(Locale.ROOT);
    if (k.equals("police-uk-api") != paths.isEmpty()) {
      throw new UsageException(paths.isEmpty()
          ? "ingest " + kind + ": expected at least one PATH, found none"
          : "ingest police-uk-api: expected --force and --months instead of PATH, found " + paths.get(0));
    }
    try (DuckDbStore s = StoreAccess.openForWriting(store.db, spec.commandLine().getErr())) {
      return switch (k) {
        case "police-uk" -> policeUk(s, PoliceUkScanner.start(paths), out, err);
        case "police-uk-api" -> policeUk(s, PoliceUkChecking.of(fetch(s, err)), out, err);
        case "counts" -> counts(s, out, err);
        case "ons-csp", "population", "areas", "survey", "local", "lsoa-lookup" -> records(s, out, err);
        default -> throw new UsageException(
            "ingest kind \"" + kind + "\": expected police-uk, police-uk-api, counts, ons-csp, population, survey, local, areas or lsoa-lookup");
      };
    }
  }

  /** Fetches the force-months from the police.uk API as street-level CSVs. */
  private PoliceUkScan fetch(DuckDbStore s, PrintWriter err) {
    if (force == null || months == null) {
      throw new UsageException("ingest police-uk-api: expected --force FORCE and --months PERIOD, found "
          + (force == null ? "no --force" : "no --months"));
    }
    Period p = Period.parse(months);
    List<java.time.YearMonth> list = new ArrayList<>();
    for (java.time.YearMonth m = p.start(); !m.isAfter(p.end()); m = m.plusMonths(1)) {
      list.add(m);
    }
    String fallsWithin = s.areas().findForce(force).map(PoliceForce::policeUkName).orElse(null);
    return PoliceUkApiReader.connect(baseUrl).read(force, list, fallsWithin, save, line -> {
      err.println(line);
      err.flush();
    });
  }

  private int policeUk(DuckDbStore s, PoliceUkChecking checking, PrintWriter out, PrintWriter err) {
    long t0 = System.nanoTime();
    try (checking) {
      checking.notes().forEach(n -> out.println("note: " + n));
      PoliceUkLoader loader = new PoliceUkLoader(s);
      List<LoadOutcome> outcomes = loader.load(checking);
      List<BadInputException> refused = new ArrayList<>(checking.refused());
      refused.addAll(loader.refused());
      refused.forEach(e -> err.println(e.getMessage()));
      Summary sum = Summary.of(outcomes, out);
      sum.print(out, System.nanoTime() - t0);
      if (!refused.isEmpty()) {
        err.println(refused.size() + " file(s) refused whole; the store holds none of their rows");
        return StrataCommand.EXIT_BAD_INPUT;
      }
      return 0;
    }
  }

  /** Loads the folders the Spark job wrote; files it refused whole are reported, as by police-uk. */
  private int counts(DuckDbStore s, PrintWriter out, PrintWriter err) {
    long t0 = System.nanoTime();
    List<LoadOutcome> outcomes = new ArrayList<>();
    int refused = 0;
    for (Path dir : paths) {
      if (!Files.isDirectory(dir)) {
        throw new UsageException(dir + ": expected the output folder of strata-spark aggregate, found "
            + (Files.exists(dir) ? "a file" : "nothing"));
      }
      AggregateManifest manifest = AggregateManifest.read(dir);
      for (AggregateManifest.Entry e : manifest.entries()) {
        if (!e.refused().isEmpty()) {
          err.println(e.refused());
          refused++;
        }
      }
      outcomes.addAll(new CountsLoader(s).load(dir, manifest));
    }
    Summary.of(outcomes, out).print(out, System.nanoTime() - t0);
    if (refused > 0) {
      err.println(refused + " file(s) refused whole; the store holds none of their rows");
      return StrataCommand.EXIT_BAD_INPUT;
    }
    return 0;
  }

  private int records(DuckDbStore s, PrintWriter out, PrintWriter err) {
    long t0 = System.nanoTime();
    Period p = period == null ? null : Period.parse(period);
    if (kind.equalsIgnoreCase("local") && mapping == null) {
      throw new UsageException("ingest local: expected --mapping MAP.yaml naming the extract's columns, found none");
    }
    List<LoadOutcome> outcomes = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isRegularFile(path)) {
        throw new UsageException(path + ": expected a file, found " + (Files.exists(path) ? "a folder" : "nothing"));
      }
      try {
        outcomes.add(RecordSources.load(kind.toLowerCase(Locale.ROOT), path, p, mapping, s));
      } catch (BadInputException e) {
        err.println(e.getMessage());
        refused.add(path.toString());
      }
    }
    Summary.of(outcomes, out).print(out, System.nanoTime() - t0);
    if (!refused.isEmpty()) {
      err.println(refused.size() + " file(s) refused whole; the store holds none of their rows");
      return StrataCommand.EXIT_BAD_INPUT;
    }
    return 0;
  }

  static String sha256(Path p) {
    try (var in = Files.newInputStream(p)) {
      var md = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new AppException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }
}
