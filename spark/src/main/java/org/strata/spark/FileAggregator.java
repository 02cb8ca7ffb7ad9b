package org.strata.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.policeuk.PoliceUkFile;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;
import org.strata.ingest.policeuk.StreetRow;
import org.strata.ingest.policeuk.StreetRows;
import org.strata.reference.AreaRegistry;
import org.strata.reference.LsoaPlacement;
import org.strata.reference.PoliceForce;

/**
 * Runs on an executor: fetches one input to local disk when it is not there already, checks and
 * reads it with the same code as {@code strata ingest police-uk} ({@link PoliceUkScanner}, {@link
 * StreetRows}), places each row's LSOA by {@link LsoaPlacement} and counts the rows of the file by
 * month, place, crime type, outcome and map point. A file is one task: police.uk publishes one per
 * force and month, tens of thousands of rows at most.
 */
final class FileAggregator implements FlatMapFunction<Input, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<LsoaPlacement> placement;
  private final Broadcast<SerializableConfiguration> conf;
  private final CollectionAccumulator<FileResult> files;

  /**
   * The counts flow on as rows; each file's manifest entry and rejected rows go back to the
   * driver through {@code files} (a retried task adds them again: the driver keeps one per file).
   */
  FileAggregator(Broadcast<LsoaPlacement> placement, Broadcast<SerializableConfiguration> conf,
      CollectionAccumulator<FileResult> files) {
    this.placement = placement;
    this.conf = conf;
    this.files = files;
  }

  @Override
  public Iterator<Row> call(Input input) throws IOException {
    List<Row> counts = new ArrayList<>();
    for (FileResult r : results(input)) {
      counts.addAll(r.counts());
      files.add(r.withoutCounts());
    }
    return counts.iterator();
  }

  private List<FileResult> results(Input input) throws IOException {
    java.nio.file.Path tmp = Files.createTempDirectory("strata-spark-");
    try {
      java.nio.file.Path local = fetch(input, tmp, conf.value().value());
      List<FileResult> out = new ArrayList<>();
      if (input.zip()) {
        try (PoliceUkScan scan = PoliceUkScanner.scan(List.of(local))) {
          String prefix = local.toString();
          for (PoliceUkFile f : scan.files()) {
            out.add(aggregate(f.csv(), input.source() + f.source().substring(prefix.length())));
          }
          for (BadInputException e : scan.refused()) {
            out.add(FileResult.refused(input.source(), e.getMessage()));
          }
        }
      } else {
        out.add(aggregate(local, input.source()));
      }
      return out;
    } finally {
      deleteTree(tmp);
    }
  }

  private static java.nio.file.Path fetch(Input input, java.nio.file.Path tmp, Configuration c)
      throws IOException {
    Path p = new Path(input.uri());
    if ("file".equals(p.toUri().getScheme())) {
      return java.nio.file.Path.of(p.toUri());
    }
    java.nio.file.Path local = tmp.resolve(p.getName());
    FileSystem fs = p.getFileSystem(c);
    fs.copyToLocalFile(false, p, new Path(local.toUri()), true);
    return local;
  }

  private FileResult aggregate(java.nio.file.Path csv, String source) {
    PoliceUkFile file;
    try {
      file = PoliceUkScanner.check(csv, source);
    } catch (BadInputException e) {
      return FileResult.refused(source, e.getMessage());
    }
    String force = file.fallsWithin() == null ? null
        : AreaRegistry.load().findForce(file.fallsWithin()).map(PoliceForce::code).orElse(null);
    Map<Key, long[]> counts = new HashMap<>();
    List<Row> rejects = new ArrayList<>();
    LsoaPlacement places = placement.value();
    // One placement per LSOA of the file, not per row: the name rule runs a regular expression.
    Map<String, Optional<String>> placed = new HashMap<>();
    // A Crime ID seen earlier in the file is one crime published twice: refused as ingest police-uk refuses it.
    Map<String, Long> crimeIds = new HashMap<>();
    StreetRows.read(csv, new StreetRows.Sink() {
      @Override
      public void row(StreetRow r) {
        Long first = r.crimeId() == null || r.crimeId().isEmpty() ? null : crimeIds.putIfAbsent(r.crimeId(), r.line());
        if (first != null) {
          rejects.add(RowFactory.create(source, r.line(),
              "Crime ID: expected each crime once, found a repeat of line " + first + " (counted once)", r.crimeId()));
          return;
        }
        Key k = new Key(r.month().toString(), r.fallsWithin(),
            placed.computeIfAbsent(r.lsoaCode() + "\u0000" + r.lsoaName(),
                x -> places.findDistrict(r.lsoaCode(), r.lsoaName())).orElse(null), r.lsoaCode(),
            r.lsoaName(), r.crimeType(), r.lastOutcome(), r.location(), Schemas.grid(r.longitude()),
            Schemas.grid(r.latitude()));
        counts.computeIfAbsent(k, x -> new long[1])[0]++;
      }

      @Override
      public void reject(RejectedRow r) {
        rejects.add(RowFactory.create(source, r.line(), r.reason(), r.raw()));
      }
    });
    String forceKey = force == null ? "unknown" : force;
    List<Row> rows = new ArrayList<>(counts.size());
    long loaded = 0;
    for (Map.Entry<Key, long[]> e : counts.entrySet()) {
      Key k = e.getKey();
      loaded += e.getValue()[0];
      rows.add(RowFactory.create(source, k.fallsWithin(), k.district(), k.lsoaCode(), k.lsoaName(),
          k.crimeType(), k.lastOutcome(), k.location(), k.longitude(), k.latitude(), e.getValue()[0],
          forceKey, k.month()));
    }
    return new FileResult(source, file.sha256(), file.bytes(), force == null ? "" : force, loaded,
        rejects.size(), "", rows, rejects);
  }

  private record Key(
      String month, String fallsWithin, String district, String lsoaCode, String lsoaName,
      String crimeType, String lastOutcome, String location, Double longitude, Double latitude) {}

  private static void deleteTree(java.nio.file.Path dir) {
    try (var walk = Files.walk(dir)) {
      for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new AppException("cannot remove temporary folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
