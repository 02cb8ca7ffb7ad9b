package org.strata.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.strata.common.AppException;
import org.strata.ingest.policeuk.AggregateManifest;
import org.strata.reference.LsoaPlacement;

/**
 * The aggregation on a Spark session, in one pass over the inputs: listed on the driver, one task
 * per input file whose counts are written as Parquet ({@code counts/}) while each file's manifest
 * entry and rejected rows come back to the driver (they are few), which then writes {@code
 * rejects/} and, last, {@code manifest.csv}: a folder with a manifest is a complete output.
 */
final class AggregateJob {
  private final SparkSession spark;

  AggregateJob(SparkSession spark) {
    this.spark = spark;
  }

  /** Totals of a run. */
  record Totals(int files, List<String> refused, long read, long loaded, long rejected) {}

  /** Aggregates the inputs into the output folder (replacing what it held). */
  Totals run(List<Input> inputs, String out, LsoaPlacement placement) {
    return run(inputs, List.of(), out, placement);
  }

  /** Aggregates the inputs; {@code refused} are paths refused before any task ran. */
  Totals run(List<Input> inputs, List<FileResult> refused, String out, LsoaPlacement placement) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Broadcast<LsoaPlacement> places = jsc.broadcast(placement);
    Broadcast<SerializableConfiguration> conf = jsc.broadcast(new SerializableConfiguration(hadoop));
    CollectionAccumulator<FileResult> files = spark.sparkContext().collectionAccumulator("files");
    JavaRDD<Row> counts =
        jsc.parallelize(inputs, Math.max(1, inputs.size()))
            .flatMap(new FileAggregator(places, conf, files));
    deleteManifest(hadoop, out);
    // No shuffle: a task is one file, and police.uk files are one force-month each, so each task
    // writes its counts straight into their force and month folder.
    spark.createDataFrame(counts, Schemas.COUNTS)
        .write().mode(SaveMode.Overwrite).partitionBy("force", "month").parquet(out + "/counts");
    Map<String, FileResult> byKey = new TreeMap<>();
    for (FileResult r : files.value()) {
      byKey.put(r.key(), r);
    }
    List<Row> rejects = new ArrayList<>();
    List<AggregateManifest.Entry> entries = new ArrayList<>();
    refused.forEach(r -> entries.add(r.entry()));
    for (FileResult r : byKey.values()) {
      rejects.addAll(r.rejects());
      entries.add(r.entry());
    }
    spark.createDataFrame(rejects, Schemas.REJECTS)
        .coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "/rejects");
    entries.sort(Comparator.comparing(AggregateManifest.Entry::file));
    writeManifest(hadoop, out, entries);
    return totals(entries);
  }

  private static Totals totals(List<AggregateManifest.Entry> entries) {
    int files = 0;
    List<String> refused = new ArrayList<>();
    long read = 0;
    long loaded = 0;
    long rejected = 0;
    for (AggregateManifest.Entry e : entries) {
      if (!e.refused().isEmpty()) {
        refused.add(e.refused());
        continue;
      }
      files++;
      read += e.rowsRead();
      loaded += e.rowsLoaded();
      rejected += e.rowsRejected();
    }
    return new Totals(files, refused, read, loaded, rejected);
  }

  private static void deleteManifest(Configuration conf, String out) {
    Path p = new Path(out, AggregateManifest.FILE_NAME);
    try {
      p.getFileSystem(conf).delete(p, false);
    } catch (IOException e) {
      throw new AppException("cannot replace " + p + ": " + e.getMessage(), e);
    }
  }

  private static void writeManifest(
      Configuration conf, String out, List<AggregateManifest.Entry> entries) {
    Path p = new Path(out, AggregateManifest.FILE_NAME);
    try {
      FileSystem fs = p.getFileSystem(conf);
      try (Writer w = new OutputStreamWriter(fs.create(p, true), StandardCharsets.UTF_8);
          CSVPrinter csv = AggregateManifest.format().print(w)) {
        csv.printRecord(AggregateManifest.COLUMNS);
        for (AggregateManifest.Entry e : entries) {
          csv.printRecord(e.fields());
        }
      }
    } catch (IOException e) {
      throw new AppException("cannot write " + p + ": " + e.getMessage(), e);
    }
  }
}
