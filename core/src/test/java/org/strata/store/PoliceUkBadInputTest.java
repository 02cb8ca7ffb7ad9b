package org.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.SharedFixtures;
import org.strata.common.BadInputException;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;

/** The police.uk defects of the fault audit (issue 12), each as it was found. */
class PoliceUkBadInputTest {
  private static final String HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context\r\n";

  @TempDir Path dir;
  private final DuckDbStore store = DuckDbStore.inMemory();
  private final List<BadInputException> refused = new ArrayList<>();

  @AfterEach
  void close() {
    store.close();
  }

  private static String row(String id, String month, String lon, String type) {
    return id + "," + month + ",Warwickshire Police,Warwickshire Police," + lon
        + ",52.37,On or near High Street,E01031152,Rugby 012C," + type + ",Under investigation,\r\n";
  }

  private static String row(String id) {
    return row(id, "2024-01", "-1.26", "Shoplifting");
  }

  private Path file(String name, String... rows) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, HEADER + String.join("", rows), StandardCharsets.UTF_8);
    return p;
  }

  private List<LoadOutcome> load(Path... paths) {
    try (PoliceUkScan scan = PoliceUkScanner.scan(List.of(paths))) {
      assertThat(scan.refused()).isEmpty();
      PoliceUkLoader loader = new PoliceUkLoader(store);
      List<LoadOutcome> out = loader.load(scan.files());
      refused.addAll(loader.refused());
      return out;
    }
  }

  private long query(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private List<String> reasons() {
    return new ProvenanceQuery(store).rejects(100).stream()
        .sorted(java.util.Comparator.comparingLong(ProvenanceQuery.Rejected::line))
        .map(r -> r.line() + " " + r.reason())
        .toList();
  }

  /** Records counted by commons-csv, a parser the loader does not use. */
  private static long csvRecords(Path p) throws IOException {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(r)) {
      return parser.stream().count();
    }
  }

  /** Rows a file should load: one per Crime ID, and every ASB row (no Crime ID), by commons-csv. */
  private static long distinctCrimes(Path p) throws IOException {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(r)) {
      java.util.Set<String> ids = new java.util.HashSet<>();
      long asb = 0;
      for (var rec : parser) {
        if (rec.get(0).isEmpty()) {
          asb++;
        } else {
          ids.add(rec.get(0));
        }
      }
      return ids.size() + asb;
    }
  }

  @Test
  void anUnterminatedQuoteRejectsItsLineAndKeepsTheRestOfTheFile() throws Exception {
    Path real = SharedFixtures.require("policeuk/city-of-london/2024-01-city-of-london-street.csv");
    List<String> lines = Files.readAllLines(real, StandardCharsets.UTF_8);
    long records = csvRecords(real);
    long crimes = distinctCrimes(real);
    lines.set(2, lines.get(2).replaceFirst(",", ",\""));
    Path broken = dir.resolve("2024-01-city-of-london-street.csv");
    Files.write(broken, lines, StandardCharsets.UTF_8);

    LoadOutcome o = load(broken).get(0);

    assertThat(o.rowsRead()).isEqualTo(records).isEqualTo(lines.size() - 1).isEqualTo(734);
    assertThat(o.rowsLoaded()).isEqualTo(crimes - 1).isEqualTo(715);
    assertThat(o.rowsRejected()).isEqualTo(records - crimes + 1);
    assertThat(query("SELECT count(*) FROM incident")).isEqualTo(crimes - 1);
    assertThat(reasons()).first().isEqualTo(
        "3 field 2: expected a closing quote, found the end of the line");
  }

  @Test
  void aQuoteLeftOpenAtTheEndOfALineRejectsOnlyThatLine() throws Exception {
    Path p = file("2024-01-warwickshire-street.csv",
        row("a1"), row("a2").replace("On or near", "\"On or near"), row("a3"));
    LoadOutcome o = load(p).get(0);
    assertThat(o).extracting(LoadOutcome::rowsRead, LoadOutcome::rowsLoaded, LoadOutcome::rowsRejected)
        .containsExactly(3L, 2L, 1L);
    assertThat(reasons()).containsExactly(
        "3 field 7: expected a closing quote, found the end of the line");
  }

  @Test
  void aCrimeIdRepeatedInAFileIsCountedOnceAndTheRepeatReported() throws Exception {
    Path p = file("2024-01-warwickshire-street.csv", row("a1"), row("a2"), row("a1"), row("a2"),
        row("", "2024-01", "-1.26", "Anti-social behaviour"),
        row("", "2024-01", "-1.26", "Anti-social behaviour"));
    LoadOutcome o = load(p).get(0);
    assertThat(o).extracting(LoadOutcome::rowsRead, LoadOutcome::rowsLoaded, LoadOutcome::rowsRejected)
        .containsExactly(6L, 4L, 2L);
    assertThat(query("SELECT count(*) FROM incident WHERE crime_type = 'Anti-social behaviour'"))
        .isEqualTo(2);
    assertThat(reasons()).containsExactly(
        "4 Crime ID: expected each crime once, found a repeat of line 2 (counted once)",
        "5 Crime ID: expected each crime once, found a repeat of line 3 (counted once)");
  }

  @Test
  void aWholeFileRepeatedRowByRowLoadsOnce() throws Exception {
    Path real = SharedFixtures.require("policeuk/city-of-london/2024-01-city-of-london-street.csv");
    List<String> lines = Files.readAllLines(real, StandardCharsets.UTF_8);
    List<String> twice = new ArrayList<>(lines);
    twice.addAll(lines.subList(1, lines.size()));
    Path p = dir.resolve("2024-01-city-of-london-street.csv");
    Files.write(p, twice, StandardCharsets.UTF_8);
    long records = csvRecords(real);
    long asb = lines.stream().filter(l -> l.startsWith(",")).count();
    long crimes = distinctCrimes(real);

    LoadOutcome o = load(p).get(0);

    assertThat(o.rowsRead()).isEqualTo(2 * records);
    // ASB rows carry no Crime ID: alike ASB rows are distinct incidents, each counted.
    assertThat(o.rowsLoaded()).isEqualTo(crimes + asb);
    assertThat(o.rowsRejected()).isEqualTo(2 * records - crimes - asb);
  }

  @Test
  void impossibleValuesAreRejectedRowsWithTheirReasons() throws Exception {
    Path p = file("2024-01-warwickshire-street.csv",
        row("a1", "9999-01", "-1.26", "Shoplifting"),
        row("a2", "1800-01", "-1.26", "Shoplifting"),
        row("a3", "2024-02", "-1.26", "Shoplifting"),
        row("a4", "2024-01", "NaN", "Shoplifting"),
        row("a5", "2024-01", "999", "Shoplifting"),
        row("a6", "2024-01", "-1.26", "Jaywalking"),
        row("a7", "2024-01", "-1.26", ""),
        row("a8").replace("Rugby 012C,", "Rugby 012C,extra,"),
        row("a9").replace("Rugby 012C,", ""),
        row("a10"));
    LoadOutcome o = load(p).get(0);
    assertThat(o).extracting(LoadOutcome::rowsRead, LoadOutcome::rowsLoaded, LoadOutcome::rowsRejected)
        .containsExactly(10L, 1L, 9L);
    String types = "(Anti-social behaviour, Bicycle theft, Burglary, Criminal damage and arson,"
        + " Drugs, Other crime, Other theft, Possession of weapons, Public order, Robbery,"
        + " Shoplifting, Theft from the person, Vehicle crime, Violence and sexual offences)";
    assertThat(reasons()).containsExactly(
        "2 month: expected a month from 2010-12 to " + java.time.YearMonth.now(java.time.ZoneOffset.UTC)
            + ", found 9999-01",
        "3 month: expected a month from 2010-12 to " + java.time.YearMonth.now(java.time.ZoneOffset.UTC)
            + ", found 1800-01",
        "4 month: expected 2024-01 (the file's month, from its name), found 2024-02",
        "5 longitude: expected a number in decimal degrees, found \"NaN\"",
        "6 longitude: expected a value from -180 to 180, found \"999\"",
        "7 crime type: expected one of the police.uk crime types " + types + ", found \"Jaywalking\"",
        "8 crime type: expected one of the police.uk crime types " + types + ", found an empty field",
        "9 expected 12 fields, found 13",
        "10 expected 12 fields, found 11");
  }

  @Test
  void lfAndCrlfFilesLoadTogetherAndADoubledCarriageReturnIsRejected() throws Exception {
    Path crlf = file("2024-01-warwickshire-street.csv", row("a1"), row("a2"));
    Path lf = dir.resolve("2024-02-warwickshire-street.csv");
    Files.writeString(lf, (HEADER + row("b1", "2024-02", "-1.26", "Drugs")).replace("\r\n", "\n"));
    Path doubled = dir.resolve("2024-03-warwickshire-street.csv");
    Files.writeString(doubled, (HEADER + row("c1", "2024-03", "-1.2", "Drugs")
        + row("c2", "2024-03", "-1.2", "Drugs")).replace("\r\n", "\r\r\n"));
    List<LoadOutcome> out = load(crlf, lf, doubled);
    assertThat(out).extracting(LoadOutcome::rowsRead, LoadOutcome::rowsLoaded)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 2L),
            org.assertj.core.groups.Tuple.tuple(1L, 1L),
            org.assertj.core.groups.Tuple.tuple(2L, 0L));
    assertThat(reasons()).containsExactly(
        "2 field 12: expected a line break of \\n or \\r\\n, found a lone \\r",
        "3 field 12: expected a line break of \\n or \\r\\n, found a lone \\r");
    assertThat(refused).isEmpty();
  }

  @Test
  void aRepublishedFileResavedWithABomAndOtherLineEndingsReplacesTheFirstSayingSo()
      throws Exception {
    Path first = file("2024-01-warwickshire-street.csv", row("a1"), row("a2"));
    load(first);
    Path resaved = dir.resolve("again").resolve("2024-01-warwickshire-street.csv");
    Files.createDirectories(resaved.getParent());
    Files.writeString(resaved, "\uFEFF" + (HEADER + row("a1") + row("a2")).replace("\r\n", "\n"));
    LoadOutcome o = load(resaved).get(0);
    assertThat(o.note()).isEqualTo("replaces " + first);
    assertThat(query("SELECT count(*) FROM incident")).isEqualTo(2);
  }
}
