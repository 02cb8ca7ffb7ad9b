package org.strata.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.SharedFixtures;
import org.strata.cli.CliRunner;
import org.strata.ingest.policeuk.AggregateManifest;
import org.strata.reference.AreaRegistry;
import org.strata.reference.LsoaPlacement;

/**
 * The same police.uk files through both paths - {@code strata ingest police-uk} into DuckDB, and
 * the Spark job then {@code strata ingest counts} - give the same report numbers: every police.uk
 * row of {@code metrics.csv} is equal. Spark runs in local mode on two threads, one session for
 * the class.
 */
class ParityTest {
  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("parity")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void smallFilesGiveTheSameWorcesterMetricsThroughSparkAsThroughDuckDb() throws IOException {
    StreetFiles.write(tmp);
    List<String> inputs = List.of(tmp.resolve("csv").toString(), tmp.resolve("2024-02.zip").toString());
    Map<String, String> viaSpark = metrics(sparkPath(inputs), "Worcester", "2024-01..2024-02");
    Map<String, String> viaDuckDb = metrics(duckPath(inputs), "Worcester", "2024-01..2024-02");

    assertThat(viaSpark).isEqualTo(viaDuckDb);
    assertThat(viaSpark)
        .containsEntry("E07000237|Burglary|count", "5")
        .containsEntry("E07000237|Anti-social behaviour|count", "3")
        .containsEntry("E07000237|Violence and sexual offences|count", "2")
        .containsEntry("E07000237|Vehicle crime|count", "1")
        .containsEntry("E07000237|All crime|count", "8");
  }

  @Test
  void manifestCountsEveryRowReadAsLoadedOrRejectedInSourceOrderWithTheArchiveEntryNamed() throws IOException {
    StreetFiles.write(tmp);
    Path out = tmp.resolve("agg");
    aggregate(List.of(tmp.resolve("csv").toString(), tmp.resolve("2024-02.zip").toString()), out);

    List<AggregateManifest.Entry> entries = AggregateManifest.read(out).entries();
    assertThat(entries).extracting(e -> Path.of(e.file().replace("!/", "/")).getFileName().toString(),
            AggregateManifest.Entry::rowsRead, AggregateManifest.Entry::rowsLoaded,
            AggregateManifest.Entry::rowsRejected, AggregateManifest.Entry::force)
        .containsExactly(
            tuple("2024-02-west-mercia-street.csv", 8L, 8L, 0L, "E23000016"),
            tuple("2024-01-west-mercia-street.csv", 9L, 7L, 2L, "E23000016"));
    assertThat(entries.get(0).file()).endsWith("2024-02.zip!/2024-02/2024-02-west-mercia-street.csv");
    List<Row> rejects = spark.read().parquet(out + "/rejects").orderBy("line").collectAsList();
    assertThat(rejects)
        .extracting(r -> r.getLong(1), r -> r.getString(2))
        .containsExactly(
            tuple(9L, "column \"Month\": expected a month as YYYY-MM, found \"2024-13\""),
            tuple(10L, "column \"Longitude\": expected a decimal number, found \"abc\""));
  }

  @Test
  void refusesATruncatedFileAndAFolderWithoutStreetFilesAsIngestPoliceUkDoes() throws IOException {
    Path csv = tmp.resolve("in/2024-03-west-mercia-street.csv");
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, org.strata.ingest.policeuk.StreetCsv.HEADER + "\nx,2024-03,West");
    Files.createDirectories(tmp.resolve("nothing"));
    Path out = tmp.resolve("agg");
    InputLister lister = new InputLister(spark.sparkContext().hadoopConfiguration());
    lister.add(tmp.resolve("in").toString());
    lister.add(tmp.resolve("nothing").toString());

    AggregateJob.Totals t = new AggregateJob(spark).run(lister.inputs(), lister.refused(),
        out.toString(), LsoaPlacement.of(AreaRegistry.load(), Map.of()));

    assertThat(t.refused()).containsExactlyInAnyOrder(
        "2024-03-west-mercia-street.csv:2: expected a complete record of 12 fields, found 3 before"
            + " the end of the file (file truncated?)",
        "nothing:1: expected police.uk street-level CSVs (YYYY-MM-<force>-street.csv) in the"
            + " folder, found none");
    assertThat(AggregateManifest.read(out).entries()).hasSize(2)
        .allSatisfy(e -> assertThat(e.rowsRead()).isZero());
  }

  @Test
  void westMerciaMonthsGiveTheSameMetricsForEveryDistrictOfTheForce() throws IOException {
    Path wm = SharedFixtures.require("policeuk/west-mercia");
    List<String> inputs = List.of(wm.toString());
    Path sparkDb = sparkPath(inputs);
    Path duckDb = duckPath(inputs);
    for (String area : List.of("Worcester", "Herefordshire", "Telford and Wrekin", "West Mercia")) {
      Map<String, String> s = metrics(sparkDb, area, "2024-01..2024-04");
      assertThat(s).as(area).isNotEmpty().isEqualTo(metrics(duckDb, area, "2024-01..2024-04"));
    }
  }

  private void aggregate(List<String> inputs, Path out) {
    InputLister lister = new InputLister(spark.sparkContext().hadoopConfiguration());
    inputs.forEach(lister::add);
    new AggregateJob(spark).run(lister.inputs(), out.toString(),
        LsoaPlacement.of(AreaRegistry.load(), Map.of()));
  }

  private Path sparkPath(List<String> inputs) {
    Path out = tmp.resolve("agg");
    aggregate(inputs, out);
    Path db = tmp.resolve("spark.duckdb");
    CliRunner r = CliRunner.run("ingest", "counts", out.toString(), "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return db;
  }

  private Path duckPath(List<String> inputs) {
    Path db = tmp.resolve("duck.duckdb");
    String[] args = new String[inputs.size() + 4];
    args[0] = "ingest";
    args[1] = "police-uk";
    for (int i = 0; i < inputs.size(); i++) {
      args[i + 2] = inputs.get(i);
    }
    args[args.length - 2] = "--db";
    args[args.length - 1] = db.toString();
    CliRunner r = CliRunner.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return db;
  }

  /** The police.uk rows of the area's metrics.csv: "area|category|measure" → value. */
  private Map<String, String> metrics(Path db, String area, String period) throws IOException {
    Path out = tmp.resolve("report-" + db.getFileName() + "-" + area.replace(' ', '-'));
    CliRunner r = CliRunner.run("report", "--db", db.toString(), "--area", area, "--period", period,
        "--format", "csv", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, String> m = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(out.resolve("metrics.csv"))) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (rec.get("taxonomy").equals("police_uk") || rec.get("taxonomy").isEmpty()) {
          m.put(rec.get("area_code") + "|" + rec.get("category") + "|" + rec.get("measure"), rec.get("value"));
        }
      }
    }
    return m;
  }
}
