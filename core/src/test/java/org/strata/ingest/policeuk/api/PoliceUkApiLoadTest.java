package org.strata.ingest.policeuk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.cli.CliRunner;
import org.strata.cli.StrataCommand;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.store.DuckDbStore;
import org.strata.store.LoadOutcome;
import org.strata.store.PoliceUkLoader;

/** Fetched months go through the archive's loader: counts, reconciliation, idempotence, CLI. */
class PoliceUkApiLoadTest {
  @TempDir Path dir;
  final StubApi api = new StubApi();
  final FakeTime time = new FakeTime();

  @AfterEach
  void stop() {
    api.close();
  }

  /** Two-column query results as {@code a=b}, read with plain JDBC after the store is closed. */
  private static List<String> rows(Path db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1) + "=" + r.getString(2));
      }
    }
    return out;
  }

  @Test
  void loadsFetchedMonthsByCrimeTypeKeepingRowsWithoutLocationForTheForce() throws SQLException {
    PoliceUkApiReaderTest.script(api);
    PoliceUkApiReader reader = new PoliceUkApiReader(new ApiClient(api.base(), new Pacer(time, time)));
    List<YearMonth> months = List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore store = DuckDbStore.open(db);
        PoliceUkScan scan = reader.read("west-mercia", months, "West Mercia Police", null, line -> {})) {
      List<LoadOutcome> outcomes = new PoliceUkLoader(store).load(scan.files());
      assertThat(outcomes).extracting(LoadOutcome::rowsRead, LoadOutcome::rowsLoaded, LoadOutcome::rowsRejected)
          .containsExactly(tuple(5L, 5L, 0L), tuple(2L, 2L, 0L));
    }
    assertThat(rows(db, "SELECT crime_type, count(*) FROM incident GROUP BY 1 ORDER BY 1")).containsExactly(
          "Anti-social behaviour=1", "Burglary=1", "Criminal damage and arson=1", "Other crime=1",
        "Shoplifting=1", "Vehicle crime=1", "Violence and sexual offences=1");
    assertThat(rows(db, "SELECT pfa_code, count(*) FROM incident WHERE district_code IS NULL GROUP BY 1"))
        .containsExactly("E23000016=7");
    assertThat(rows(db, "SELECT location, count(*) FROM incident WHERE longitude IS NULL GROUP BY 1"))
        .containsExactly("No Location=1");
    assertThat(rows(db, "SELECT pfa_code, strftime(month, '%Y-%m') FROM force_month ORDER BY 2"))
        .containsExactly("E23000016=2024-01", "E23000016=2024-02");
  }

  @Test
  void ingestsFromTheCommandLineAndSkipsTheSameMonthFetchedAgain() {
    api.neighbourhoods.answer("west-mercia", Answer.text("[{\"id\":\"NB 2\",\"name\":\"Malvern Link\"}]"));
    api.street.answer("2024-01 " + PoliceUkApiReaderTest.NB2, Answer.json("street-2024-01-nb2.json"));
    api.noLocation.answer("all-crime west-mercia 2024-01", Answer.json("no-location-2024-01.json"));
    String db = dir.resolve("s.duckdb").toString();
    String[] args = {"ingest", "police-uk-api", "--force", "west-mercia", "--months", "2024-01",
        "--base-url", api.base().toString(), "--save", dir.resolve("csv").toString(), "--db", db};
    CliRunner first = CliRunner.run(args);
    assertThat(first.exit()).isZero();
    assertThat(first.err()).isEqualTo("west-mercia 2024-01: 3 crimes and ASB incidents\n");
    assertThat(first.out()).contains("rows read 3 = loaded 3 + rejected 0")
        .contains("note: LSOA code and name are empty");
    assertThat(dir.resolve("csv/2024-01-west-mercia-street.csv")).exists();
    assertThat(CliRunner.run(args).out()).contains("skipped 1 already loaded: rows read 0 = loaded 0 + rejected 0");
  }

  @Test
  void requiresPathsForOtherKindsAndNoneForTheApi() {
    String db = dir.resolve("s.duckdb").toString();
    CliRunner noPath = CliRunner.run("ingest", "police-uk", "--db", db);
    assertThat(noPath.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(noPath.err().strip()).isEqualTo("ingest police-uk: expected at least one PATH, found none");
    CliRunner path = CliRunner.run("ingest", "police-uk-api", "x.csv", "--force", "west-mercia", "--db", db);
    assertThat(path.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(path.err().strip())
        .isEqualTo("ingest police-uk-api: expected --force and --months instead of PATH, found x.csv");
    CliRunner noMonths = CliRunner.run("ingest", "police-uk-api", "--force", "west-mercia", "--db", db);
    assertThat(noMonths.err().strip())
        .isEqualTo("ingest police-uk-api: expected --force FORCE and --months PERIOD, found no --months");
  }
}
