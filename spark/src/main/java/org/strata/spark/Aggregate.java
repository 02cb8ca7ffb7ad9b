package org.strata.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.strata.common.BadInputException;
import org.strata.common.UsageException;
import org.strata.ingest.lookup.LsoaLookupReader;
import org.strata.ingest.lookup.LsoaLookupRow;
import org.strata.reference.AreaRegistry;
import org.strata.reference.LsoaPlacement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job {@code aggregate --out DIR PATH...}: police.uk street-level CSVs, folders and
 * monthly archives from any Hadoop filesystem to Parquet counts and a manifest, for {@code strata
 * ingest counts DIR}. Runs in local mode on all cores unless {@code spark.master} is set (as
 * {@code spark-submit} sets it). Exit 0 when every file was read, 1 when some were refused whole (as
 * {@code strata ingest police-uk}), 2 on a usage error, 3 on any other failure.
 */
@Command(
    name = "aggregate",
    description = "Aggregate police.uk street-level CSVs into Parquet counts for strata ingest counts.",
    mixinStandardHelpOptions = true)
public final class Aggregate implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (any Hadoop filesystem URI)")
  String out;

  @Option(names = "--lsoa-lookup", paramLabel = "FILE", description = "LSOA to district lookup (ONS CSV), as for strata ingest lsoa-lookup")
  Path lookup;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "CSV files, folders or zip archives")
  List<String> paths;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the job and exits with its code. */
  public static void main(String[] args) {
    String[] a = args.length > 0 && args[0].equals("aggregate") ? Arrays.copyOfRange(args, 1, args.length) : args;
    CommandLine cl = new CommandLine(new Aggregate());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(e.getMessage());
      return e instanceof UsageException ? 2 : e instanceof BadInputException ? 1 : 3;
    });
    System.exit(cl.execute(a));
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    LsoaPlacement placement = LsoaPlacement.of(AreaRegistry.load(), lookup());
    SparkConf conf = new SparkConf().setAppName("strata aggregate");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      InputLister lister = new InputLister(spark.sparkContext().hadoopConfiguration());
      paths.forEach(lister::add);
      lister.notes().forEach(n -> stdout.println("note: " + n));
      AggregateJob.Totals t = new AggregateJob(spark).run(lister.inputs(), lister.refused(), out,
          placement);
      double s = (System.nanoTime() - t0) / 1e9;
      stdout.println(String.format(Locale.ROOT, "aggregated %d file(s) into %s: rows read %,d = loaded"
          + " %,d + rejected %,d (%.1f s, %,.0f rows/s)", t.files(), out, t.read(), t.loaded(),
          t.rejected(), s, s > 0 ? t.read() / s : 0.0));
      stdout.flush();
      if (!t.refused().isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        t.refused().forEach(err::println);
        err.println(t.refused().size() + " file(s) refused whole; the output holds none of their rows");
        return 1;
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  private Map<String, String> lookup() {
    Map<String, String> m = new HashMap<>();
    if (lookup != null) {
      for (LsoaLookupRow r : new LsoaLookupReader().read(lookup).records()) {
        m.put(r.lsoaCode(), r.districtCode());
      }
    }
    return m;
  }
}
