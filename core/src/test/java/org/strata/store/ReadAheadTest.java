package org.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ingest.policeuk.PoliceUkChecking;
import org.strata.ingest.policeuk.PoliceUkScanner;

/**
 * The first batch of a load is inserted before its checks finish: the rows are kept only when
 * every file passed whole, else the batch loads from the checked files as any other.
 */
class ReadAheadTest {
  private static final String HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context\n";

  @TempDir Path dir;
  private final DuckDbStore store = DuckDbStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  private static String row(String id, String force, String month) {
    return id + "," + month + "," + force + "," + force
        + ",-1.26,52.37,On or near High Street,E01031152,Rugby 012C,Shoplifting,Under investigation,\n";
  }

  private void file(String name, String... rows) throws IOException {
    Path month = Files.createDirectories(dir.resolve(name.substring(0, 7)));
    Files.writeString(month.resolve(name), HEADER + String.join("", rows), StandardCharsets.UTF_8);
  }

  private PoliceUkLoader loadFolder(List<LoadOutcome> out) {
    PoliceUkLoader loader = new PoliceUkLoader(store, true, 4096);
    try (PoliceUkChecking checking = PoliceUkScanner.start(List.of(dir))) {
      out.addAll(loader.load(checking));
    }
    return loader;
  }

  private String query(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      StringBuilder b = new StringBuilder();
      while (r.next()) {
        b.append(b.length() > 0 ? "; " : "").append(r.getString(1));
      }
      return b.toString();
    }
  }

  @Test
  void cleanFilesAreKeptAsReadWithTheForceTheirNameGives() throws Exception {
    file("2024-01-warwickshire-street.csv", row("a1", "Warwickshire Police", "2024-01"),
        row("a2", "Warwickshire Police", "2024-01"));
    file("2024-01-west-mercia-street.csv", row("b1", "West Mercia Police", "2024-01"));
    List<LoadOutcome> out = new java.util.ArrayList<>();
    PoliceUkLoader loader = loadFolder(out);
    assertThat(loader.refused()).isEmpty();
    assertThat(loader.readAheadsKept()).containsExactly(true);
    assertThat(out).extracting(LoadOutcome::rowsLoaded).containsExactly(2L, 1L);
    // Warwickshire is E23000017 and West Mercia E23000016.
    assertThat(query("SELECT pfa_code || ' ' || count(*) FROM incident_row GROUP BY pfa_code ORDER BY 1"))
        .isEqualTo("E23000016 1; E23000017 2");
    assertThat(query("SELECT count(*) FROM source_file WHERE rows_read = rows_loaded + rows_rejected"))
        .isEqualTo("2");
  }

  @Test
  void aRefusedLineInTheFirstBatchRollsItBackAndLoadsTheRestWithTheReason() throws Exception {
    file("2024-01-warwickshire-street.csv", row("a1", "Warwickshire Police", "2024-01"),
        row("a2", "Warwickshire Police", "1800-01"), row("a3", "Warwickshire Police", "2024-01"));
    List<LoadOutcome> out = new java.util.ArrayList<>();
    assertThat(loadFolder(out).readAheadsKept()).containsExactly(false);
    assertThat(out).singleElement().satisfies(o -> {
      assertThat(o.rowsRead()).isEqualTo(3);
      assertThat(o.rowsLoaded()).isEqualTo(2);
      assertThat(o.rowsRejected()).isEqualTo(1);
    });
    assertThat(query("SELECT string_agg(crime_id, ',' ORDER BY crime_id) FROM incident_row")).isEqualTo("a1,a3");
    assertThat(query("SELECT line || ' ' || reason FROM rejected_row"))
        .startsWith("3 month: expected a month from 2010-12 to ");
  }

  @Test
  void aFileLoadedBeforeUnderAnotherNameIsSkippedNotCountedTwice() throws Exception {
    String rows = row("a1", "Warwickshire Police", "2024-01");
    file("2024-01-warwickshire-street.csv", rows);
    loadFolder(new java.util.ArrayList<>());
    Files.copy(dir.resolve("2024-01/2024-01-warwickshire-street.csv"),
        Files.createDirectories(dir.resolve("2024-01-copy")).resolve("2024-01-warwickshire-street.csv"));
    List<LoadOutcome> out = new java.util.ArrayList<>();
    assertThat(loadFolder(out).readAheadsKept()).containsExactly(false);
    assertThat(out).allSatisfy(o -> assertThat(o.skipped()).isTrue());
    assertThat(query("SELECT count(*) FROM incident_row")).isEqualTo("1");
  }

  @Test
  void aFileWhoseRowsNameAnotherForceTakesTheForceOfItsRows() throws Exception {
    file("2024-01-warwickshire-street.csv", row("a1", "West Mercia Police", "2024-01"));
    assertThat(loadFolder(new java.util.ArrayList<>()).readAheadsKept()).containsExactly(false);
    assertThat(query("SELECT DISTINCT f.name FROM incident_row i JOIN police_force f ON f.code = i.pfa_code"))
        .isEqualTo("West Mercia");
  }

  @Test
  void aBinaryFileInTheFirstBatchIsRefusedAloneAndTheOthersLoad() throws Exception {
    file("2024-01-warwickshire-street.csv", row("a1", "Warwickshire Police", "2024-01"));
    Path month = dir.resolve("2024-01");
    Files.write(month.resolve("2024-01-west-mercia-street.csv"), new byte[] {0, 1, 2, 3, '\n', 0});
    List<LoadOutcome> out = new java.util.ArrayList<>();
    PoliceUkLoader loader = new PoliceUkLoader(store, true, 4096);
    try (PoliceUkChecking checking = PoliceUkScanner.start(List.of(dir))) {
      out.addAll(loader.load(checking));
      assertThat(loader.readAheadsKept()).containsExactly(false);
      assertThat(checking.refused()).singleElement().satisfies(e -> assertThat(e.getMessage())
          .isEqualTo("2024-01-west-mercia-street.csv:1: expected a police.uk street-level CSV (UTF-8 text), found binary data"));
    }
    assertThat(out).singleElement().satisfies(o -> assertThat(o.rowsLoaded()).isEqualTo(1));
    assertThat(query("SELECT count(*) FROM source_file")).isEqualTo("1");
  }

  @Test
  void afterOneRollbackTheLoadStopsReadingAhead() throws Exception {
    // Three batches of one file each: the first has a refused line, so the next two are not read
    // ahead, though they would pass.
    file("2024-01-warwickshire-street.csv", row("a1", "Warwickshire Police", "2024-01"),
        row("a2", "Warwickshire Police", "1800-01"));
    file("2024-02-warwickshire-street.csv", row("b1", "Warwickshire Police", "2024-02"));
    file("2024-03-warwickshire-street.csv", row("c1", "Warwickshire Police", "2024-03"));
    PoliceUkLoader loader = new PoliceUkLoader(store, true, 1);
    try (PoliceUkChecking checking = PoliceUkScanner.start(List.of(dir))) {
      loader.load(checking);
    }
    assertThat(loader.readAheadsKept()).containsExactly(false);
    assertThat(query("SELECT string_agg(crime_id, ',' ORDER BY crime_id) FROM incident_row"))
        .isEqualTo("a1,b1,c1");
  }

  @Test
  void everyBatchIsReadAheadWhileEachPasses() throws Exception {
    file("2024-01-warwickshire-street.csv", row("a1", "Warwickshire Police", "2024-01"));
    file("2024-02-warwickshire-street.csv", row("b1", "Warwickshire Police", "2024-02"));
    PoliceUkLoader loader = new PoliceUkLoader(store, true, 1);
    try (PoliceUkChecking checking = PoliceUkScanner.start(List.of(dir))) {
      loader.load(checking);
    }
    assertThat(loader.readAheadsKept()).containsExactly(true, true);
    assertThat(query("SELECT count(*) FROM source_file WHERE rows_loaded = 1")).isEqualTo("2");
  }
}
