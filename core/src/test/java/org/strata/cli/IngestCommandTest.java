package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  static final String HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context\r\n";
  static final String ROW =
      "abc,2024-01,City of London Police,City of London Police,-0.09,51.51,On or near Cheapside,"
          + "E01000001,City of London 001A,Shoplifting,Under investigation,\r\n";

  @TempDir Path dir;

  @Test
  void refusesEachBadFileWithOneLineAndExitOneLeavingTheStoreAsItWas() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path good = write("2024-01-city-of-london-street.csv", HEADER + ROW + ROW);
    assertThat(CliRunner.run("ingest", "police-uk", good.toString(), "--db", db.toString()).exit()).isZero();
    List<String> before = snapshot(db);
    Path truncated = write("2024-02-city-of-london-street.csv", HEADER + ROW + "abc,2024-02,City");
    Path noColumn = write("2024-03-city-of-london-street.csv", HEADER.replace(",Crime type", "") + ROW);
    Path binary = dir.resolve("2024-04-city-of-london-street.csv");
    Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff, 10, 0});
    for (Path bad : List.of(truncated, noColumn, binary)) {
      CliRunner r = CliRunner.run("ingest", "police-uk", bad.toString(), "--db", db.toString());
      assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_BAD_INPUT);
      assertThat(r.err().lines().findFirst().orElseThrow()).startsWith(bad.getFileName() + ":").contains("expected");
    }
    assertThat(CliRunner.run("ingest", "police-uk", truncated.toString(), "--db", db.toString()).err())
        .startsWith("2024-02-city-of-london-street.csv:3: expected a complete record of 12 fields, found 3");
    assertThat(snapshot(db)).isEqualTo(before);
  }

  @Test
  void printsReadLoadedAndRejectedAndSkipsTheSameFileTwice() throws IOException {
    Path db = dir.resolve("s.duckdb");
    Path good = write("2024-01-city-of-london-street.csv", HEADER + ROW + ROW.replace("2024-01", "2024-99"));
    CliRunner first = CliRunner.run("ingest", "police-uk", good.toString(), "--db", db.toString());
    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("rows read 2 = loaded 1 + rejected 1");
    CliRunner again = CliRunner.run("ingest", "police-uk", good.toString(), "--db", db.toString());
    assertThat(again.out()).contains("skipped 1 already loaded: rows read 0 = loaded 0 + rejected 0");
    CliRunner rejects = CliRunner.run("rejects", "--db", db.toString());
    assertThat(rejects.out()).startsWith(good + ":3: ");
    for (String limit : List.of("0", "-1")) {
      CliRunner none = CliRunner.run("rejects", "--limit", limit, "--db", db.toString());
      assertThat(none.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
      assertThat(none.err().strip()).isEqualTo("--limit " + limit + ": expected a number of rows, 1 or more");
    }
  }

  @Test
  void refusesAFileLoadedBeforeAsAnotherKindInsteadOfSkippingIt() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path street = write("2024-01-city-of-london-street.csv", HEADER + ROW);
    assertThat(CliRunner.run("ingest", "police-uk", street.toString(), "--db", db.toString()).exit()).isZero();
    List<String> before = snapshot(db);
    CliRunner r = CliRunner.run("ingest", "ons-csp", street.toString(), "--db", db.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_BAD_INPUT);
    assertThat(r.err()).startsWith("2024-01-city-of-london-street.csv:1: expected a Table C2 header");
    assertThat(snapshot(db)).isEqualTo(before);
  }

  @Test
  void refusesAFolderOrArchiveWithoutStreetFilesRatherThanLoadingNothingSuccessfully() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path folder = Files.createDirectory(dir.resolve("2024-01"));
    write("2024-01/2024-01-city-of-london-outcomes.csv", "Crime ID,Month\r\n");
    Path zip = dir.resolve("workbook.xlsx");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
      out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    for (Path bad : List.of(folder, zip)) {
      CliRunner r = CliRunner.run("ingest", "police-uk", bad.toString(), "--db", db.toString());
      assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_BAD_INPUT);
      assertThat(r.err()).startsWith(bad.getFileName() + ":1: expected police.uk street-level CSVs");
    }
  }

  @Test
  void refusesAnAreasFileWithATitleRowByItsMissingColumn() throws Exception {
    Path titled = write("areas.csv", "Table C2: areas,,\nlevel,code,name\n");
    CliRunner r = CliRunner.run("ingest", "areas", titled.toString(), "--db", dir.resolve("s.duckdb").toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_BAD_INPUT);
    assertThat(r.err()).startsWith("areas.csv:1: expected column \"level\", found [Table C2: areas, , ]");
  }

  @Test
  void refusesAnUnknownKind() {
    CliRunner r = CliRunner.run("ingest", "tea-leaves", "x.csv", "--db", dir.resolve("s.duckdb").toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("ingest kind \"tea-leaves\": expected police-uk, police-uk-api, counts, ons-csp, population, survey, local, areas or lsoa-lookup");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Every table's row count and the whole ingest log: the store's content, not its bytes. */
  static List<String> snapshot(Path db) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      for (String t : List.of("incident", "source_file", "rejected_row", "force_month", "offence_count", "population")) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + t)) {
          r.next();
          out.add(t + "=" + r.getLong(1));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT file_id, path, sha256, rows_read, rows_loaded, rows_rejected FROM source_file ORDER BY 1")) {
        while (r.next()) {
          out.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getLong(4) + " " + r.getLong(5) + " " + r.getLong(6));
        }
      }
    }
    return out;
  }
}
