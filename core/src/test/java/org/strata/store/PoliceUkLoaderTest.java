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
import org.strata.SharedFixtures;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;

class PoliceUkLoaderTest {
  static final String HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context\r\n";

  @TempDir Path dir;
  private final DuckDbStore store = DuckDbStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  private static int nextId;

  private static String row(String month, String lsoaName, String type) {
    return "id" + (nextId++) + "," + month + ",Warwickshire Police,Warwickshire Police,-1.26,52.37,On or near High Street,"
        + (lsoaName.isEmpty() ? "" : "E01" + String.format("%06d", Math.abs(lsoaName.hashCode()) % 1_000_000)) + "," + lsoaName + "," + type + ",Under investigation,\r\n";
  }

  private List<LoadOutcome> load(Path... paths) {
    try (PoliceUkScan scan = PoliceUkScanner.scan(List.of(paths))) {
      assertThat(scan.refused()).isEmpty();
      return new PoliceUkLoader(store).load(scan.files());
    }
  }

  private long query(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private Path file(String name, String... rows) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, HEADER + String.join("", rows), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void placesRowsInDistrictsByLsoaNameAndKeepsRowsWithoutOne() throws Exception {
    Path p = file("2024-01-warwickshire-street.csv",
        row("2024-01", "Rugby 012C", "Shoplifting"),
        row("2024-01", "Bristol 001A", "Burglary"),
        row("2024-01", "", "Anti-social behaviour"));
    LoadOutcome o = load(p).get(0);
    assertThat(o.rowsRead()).isEqualTo(3);
    assertThat(o.rowsLoaded()).isEqualTo(3);
    assertThat(query("SELECT count(*) FROM incident WHERE district_code = 'E07000220'")).isEqualTo(1);
    assertThat(query("SELECT count(*) FROM incident WHERE district_code = 'E06000023'")).isEqualTo(1);
    assertThat(query("SELECT count(*) FROM incident WHERE district_code IS NULL AND pfa_code = 'E23000017'")).isEqualTo(1);
  }

  @Test
  void rejectsBadRowsWithLineAndReasonAndReconciles() throws Exception {
    Path p = file("2024-01-warwickshire-street.csv",
        row("2024-01", "Rugby 012C", "Shoplifting"),
        row("2024-13", "Rugby 012C", "Shoplifting"),
        "x,2024-01,a,b,not-a-number,52.3,c,d,e,Drugs,f,\r\n",
        row("2024-01", "Rugby 012C", "Drugs"));
    LoadOutcome o = load(p).get(0);
    assertThat(o.rowsRead()).isEqualTo(4);
    assertThat(o.rowsLoaded()).isEqualTo(2);
    assertThat(o.rowsRejected()).isEqualTo(2);
    var rejects = new ProvenanceQuery(store).rejects(10);
    assertThat(rejects).extracting(ProvenanceQuery.Rejected::line).containsExactlyInAnyOrder(3L, 4L);
    assertThat(rejects).extracting(ProvenanceQuery.Rejected::reason).containsExactlyInAnyOrder(
        "month: expected YYYY-MM, found \"2024-13\"",
        "longitude: expected a number in decimal degrees, found \"not-a-number\"");
  }

  @Test
  void skipsAFileLoadedBefore() throws Exception {
    Path p = file("2024-01-warwickshire-street.csv", row("2024-01", "Rugby 012C", "Shoplifting"));
    load(p);
    LoadOutcome again = load(p).get(0);
    assertThat(again.skipped()).isTrue();
    assertThat(query("SELECT count(*) FROM incident")).isEqualTo(1);
    assertThat(query("SELECT count(*) FROM source_file")).isEqualTo(1);
  }

  @Test
  void replacesARepublishedForceMonth() throws Exception {
    Path first = file("2024-01-warwickshire-street.csv", row("2024-01", "Rugby 012C", "Shoplifting"));
    load(first);
    Path again = Files.createDirectories(dir.resolve("republished"));
    Path second = Files.writeString(again.resolve("2024-01-warwickshire-street.csv"),
        HEADER + row("2024-01", "Rugby 012C", "Shoplifting") + row("2024-01", "Rugby 012C", "Drugs"),
        StandardCharsets.UTF_8);
    LoadOutcome o = load(second).get(0);
    assertThat(o.note()).isEqualTo("replaces " + first);
    assertThat(query("SELECT count(*) FROM incident")).isEqualTo(2);
    assertThat(query("SELECT count(*) FROM source_file WHERE replaced_by IS NOT NULL")).isEqualTo(1);
  }

  @Test
  void loadsTheTwentyFourCityOfLondonMonthsAndReconciles() throws Exception {
    Path city = SharedFixtures.require("policeuk/city-of-london");
    List<LoadOutcome> outcomes = load(city);
    assertThat(outcomes).hasSize(24);
    assertThat(outcomes.stream().mapToLong(LoadOutcome::rowsRead).sum()).isEqualTo(18_867);
    assertThat(outcomes.stream().mapToLong(o -> o.rowsLoaded() + o.rowsRejected()).sum()).isEqualTo(18_867);
    assertThat(query("SELECT count(*) FROM incident")).isEqualTo(18_867 - outcomes.stream().mapToLong(LoadOutcome::rowsRejected).sum());
    long before = query("SELECT count(*) FROM incident");
    assertThat(load(city)).allMatch(LoadOutcome::skipped);
    assertThat(query("SELECT count(*) FROM incident")).isEqualTo(before);
    assertThat(query("SELECT count(*) FROM force_month WHERE pfa_code = 'E23000034'")).isEqualTo(24);
  }

  @Test
  void aLoadedLookupOverridesPlacementByName() throws Exception {
    Path p = file("2024-01-warwickshire-street.csv", row("2024-01", "Rugby 012C", "Shoplifting"));
    load(p);
    String code = "E01" + String.format("%06d", Math.abs("Rugby 012C".hashCode()) % 1_000_000);
    Path lookup = dir.resolve("lookup.csv");
    Files.writeString(lookup, "lsoa_code,district_code\n" + code + ",E07000218\n" + code.replace("E01", "E02") + ",E99999999\n",
        StandardCharsets.UTF_8);
    var f = new RecordLoader.SourceFile("lsoa-lookup", lookup.toString(), "h", 1);
    LoadOutcome o = new RecordLoader(store).loadLsoaLookup(f, new org.strata.ingest.lookup.LsoaLookupReader().read(lookup));
    assertThat(o.rowsLoaded()).isEqualTo(1);
    assertThat(o.rowsRejected()).isEqualTo(1);
    assertThat(query("SELECT count(*) FROM incident WHERE district_code = 'E07000218'")).isEqualTo(1);
  }
}
