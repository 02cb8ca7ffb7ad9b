package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata ingest counts DIR} over an aggregation laid out as the Spark job lays it out,
 * written here by DuckDB: counts Parquet partitioned by force and month, rejects, manifest.
 */
class IngestCountsTest {
  private static final String MANIFEST_HEADER =
      "file,sha256,bytes,force,rows_read,rows_loaded,rows_rejected,refused\n";

  @TempDir Path dir;

  /** January in Worcester: 3 burglaries at one point, 1 shoplifting; one row rejected. */
  private Path aggregation(String manifestLine) throws SQLException, IOException {
    Path out = dir.resolve("agg");
    Files.createDirectories(out.resolve("rejects"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE c AS SELECT * FROM (VALUES"
          + " ('a.csv', 'West Mercia Police', 'E07000237', 'E01032250', 'Worcester 001A', 'Burglary',"
          + " 'Under investigation', 'On or near High Street', -2.22, 52.19, 3::BIGINT, 'E23000016', '2024-01'),"
          + " ('a.csv', 'West Mercia Police', 'E07000237', 'E01032251', 'Worcester 002B', 'Shoplifting',"
          + " NULL, 'On or near Park', -2.2, 52.2, 1::BIGINT, 'E23000016', '2024-01'))"
          + " t(file, falls_within, district_code, lsoa_code, lsoa_name, crime_type, last_outcome,"
          + " location, longitude, latitude, incidents, force, month)");
      s.execute("COPY c TO '" + out.resolve("counts") + "' (FORMAT parquet, PARTITION_BY (force, month))");
      s.execute("COPY (SELECT 'a.csv' AS file, 6::BIGINT AS line, 'bad month' AS reason, 'x,2024-13' AS raw)"
          + " TO '" + out.resolve("rejects/part-0.parquet") + "' (FORMAT parquet)");
    }
    Files.writeString(out.resolve("manifest.csv"), MANIFEST_HEADER + manifestLine + "\n");
    return out;
  }

  private static long count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void loadsCountsAsIncidentsOnceWithTheManifestsProvenance() throws Exception {
    Path agg = aggregation("a.csv,abc123,900,E23000016,5,4,1,");
    Path db = dir.resolve("s.duckdb");

    CliRunner first = CliRunner.run("ingest", "counts", agg.toString(), "--db", db.toString());
    CliRunner again = CliRunner.run("ingest", "counts", agg.toString(), "--db", db.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("rows read 5 = loaded 4 + rejected 1");
    assertThat(again.out()).startsWith("skipped a.csv: already loaded (same content as a.csv)");
    assertThat(count(db, "SELECT count(*) FROM incident WHERE district_code = 'E07000237'"
        + " AND crime_type = 'Burglary' AND month = DATE '2024-01-01'")).isEqualTo(3);
    assertThat(count(db, "SELECT count(*) FROM force_month WHERE pfa_code = 'E23000016'")).isEqualTo(1);
    assertThat(count(db, "SELECT rows_read * 100 + rows_rejected FROM source_file")).isEqualTo(501);
    assertThat(count(db, "SELECT line FROM rejected_row")).isEqualTo(6);
  }

  @Test
  void refusesCountsThatDisagreeWithTheManifestLeavingTheStoreAsItWas() throws Exception {
    Path agg = aggregation("a.csv,abc123,900,E23000016,6,5,1,");
    Path db = dir.resolve("s.duckdb");

    CliRunner r = CliRunner.run("ingest", "counts", agg.toString(), "--db", db.toString());

    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("manifest.csv:1: expected 5 incidents and 1 rejected rows for"
        + " a.csv as the manifest says, found 4 and 1 in counts/ and rejects/ (output incomplete?)");
    assertThat(count(db, "SELECT count(*) FROM source_file")).isZero();
    assertThat(count(db, "SELECT count(*) FROM incident")).isZero();
  }

  @Test
  void refusesAFolderWithoutAManifest() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    CliRunner r = CliRunner.run("ingest", "counts", dir.resolve("empty").toString(), "--db",
        dir.resolve("s.duckdb").toString());

    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("manifest.csv:1: expected the manifest of a strata-spark"
        + " aggregation (manifest.csv beside counts/), found none");
  }

  @Test
  void refusesAManifestLineWhoseRowsDoNotAddUp() throws Exception {
    Path agg = aggregation("a.csv,abc123,900,E23000016,7,4,1,");

    CliRunner r = CliRunner.run("ingest", "counts", agg.toString(), "--db", dir.resolve("s.duckdb").toString());

    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("manifest.csv:2: expected rows_read = rows_loaded +"
        + " rows_rejected, found rows read 7 != loaded 4 + rejected 1");
  }
}
