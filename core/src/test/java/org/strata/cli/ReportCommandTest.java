package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.MultiLocaleTest;
import org.strata.SharedFixtures;

class ReportCommandTest {
  @TempDir Path dir;

  @MultiLocaleTest
  void reportsCannockChaseFromTableC2AndMidYearEstimates() throws IOException {
    Path c2 = SharedFixtures.require("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
    Path mye = SharedFixtures.require("population/mye4_population_timeseries_mid2011_mid2023_lad.csv");
    String db = dir.resolve("s.duckdb").toString();
    assertThat(CliRunner.run("ingest", "ons-csp", c2.toString(), "--db", db).exit()).isZero();
    assertThat(CliRunner.run("ingest", "population", mye.toString(), "--db", db).exit()).isZero();
    Path out = dir.resolve("r");
    CliRunner r = CliRunner.run("report", "--db", db, "--area", "Cannock Chase", "--period", "2024-07..2025-06", "--out", out.toString(), "--format", "csv,json");
    assertThat(r.exit()).as(r.err()).isZero();
    List<CSVRecord> m = read(out.resolve("metrics.csv"));
    assertThat(value(m, "E07000192", "Total recorded crime (excluding fraud)", "count")).isEqualTo(7630);
    assertThat(value(m, "E07000192", "Violence against the person", "count")).isEqualTo(3209);
    assertThat(value(m, "E07000192", "Stalking and harassment", "count")).isEqualTo(1432);
    assertThat(value(m, "E07000192", "Shoplifting", "count")).isEqualTo(975);
    assertThat(value(m, "E07000192", "All", "population")).isEqualTo(102_838);
    assertThat(value(m, "E07000192", "All", "population_year")).isEqualTo(2023);
    // 3,209 ÷ 102,838 × 1,000 = 31.2044...
    assertThat(value(m, "E07000192", "Violence against the person", "rate_per_1000")).isCloseTo(31.204419, within(1e-6));
    // 3,209 ÷ 7,630 = 42.0577...%; 1,432 ÷ 3,209 = 44.6245...%
    assertThat(value(m, "E07000192", "Violence against the person", "share_of_total")).isCloseTo(42.057667, within(1e-6));
    assertThat(value(m, "E07000192", "Stalking and harassment", "share_of_parent")).isCloseTo(44.624494, within(1e-6));
    assertThat(value(m, "E23000015", "Total recorded crime (excluding fraud)", "count")).isEqualTo(86_529);
    assertThat(value(m, "E23000015", "Total recorded crime (excluding fraud)", "computed")).isZero();
    assertThat(value(m, "E12000005", "Total recorded crime (excluding fraud)", "computed")).isEqualTo(1);
    assertThat(Files.readString(out.resolve("assessment.json"))).contains("\"findings\"");
  }

  @Test
  void explainsWhenAnAreaHasNoDataForThePeriod() {
    String db = dir.resolve("empty.duckdb").toString();
    assertThat(CliRunner.run("areas", "--db", db).exit()).isZero();
    CliRunner r = CliRunner.run("report", "--db", db, "--area", "E07000192", "--period", "2023-24", "--out", dir.resolve("r").toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("area Cannock Chase (E07000192), period 2023-24: expected ONS counts or"
        + " police.uk incidents covering the whole period, found none (see strata areas; load data with strata ingest)");
  }

  @Test
  void pointsADistrictWithoutDataToTheSeveralDistrictCspOnsCountsAsAWhole() {
    String db = dir.resolve("empty.duckdb").toString();
    assertThat(CliRunner.run("areas", "--db", db).exit()).isZero();
    CliRunner r = CliRunner.run("report", "--db", db, "--area", "North Devon", "--period", "2023-24", "--out", dir.resolve("r").toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("area North Devon (E07000043), period 2023-24: expected ONS counts or"
        + " police.uk incidents covering the whole period, found none (see strata areas; load data with strata ingest;"
        + " North Devon is one district of CSP E22000363, which ONS counts as a whole: assess E22000363)");
  }

  @Test
  void refusesAnOutFolderThatIsAFileBeforeAnyWork() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    Path db = dir.resolve("never.duckdb");
    CliRunner r = CliRunner.run("report", "--db", db.toString(), "--area", "E07000192", "--period", "2023-24", "--out", file.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("--out " + file + ": expected a folder, found a file (" + file + ")");
    assertThat(db).doesNotExist();
  }

  @Test
  void refusesMissingBoundariesBeforeAnyWork() {
    Path missing = dir.resolve("lad.topojson");
    CliRunner r = CliRunner.run("report", "--db", dir.resolve("e.duckdb").toString(), "--area", "E07000192",
        "--period", "2023-24", "--out", dir.resolve("r").toString(), "--boundaries", missing.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("--boundaries " + missing + ": expected a TopoJSON or GeoJSON file, found nothing");
  }

  @Test
  void refusesAMalformedPeriod() {
    CliRunner r = CliRunner.run("report", "--db", dir.resolve("e.duckdb").toString(), "--area", "E07000192", "--period", "last year");
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("period \"last year\": expected a financial year (2023-24), a month (2024-03) or a range (2024-07..2025-06)");
  }

  @Test
  void refusesToReportFromAStoreThatDoesNotExist() {
    Path db = dir.resolve("nothing.duckdb");
    CliRunner r = CliRunner.run("report", "--db", db.toString(), "--area", "E07000192", "--period", "2023-24");
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("store " + db + ": expected an existing Strata store, found no file"
        + " (load data with strata ingest, or run strata demo)");
    assertThat(db).doesNotExist();
  }

  @Test
  void putsTheConfigsOrganisationAndSectionTextInTheDocument() throws IOException {
    Path c2 = SharedFixtures.require("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
    String db = dir.resolve("s.duckdb").toString();
    assertThat(CliRunner.run("ingest", "ons-csp", c2.toString(), "--db", db).exit()).isZero();
    Path config = dir.resolve("assessment.yaml");
    Files.writeString(config, "area: Cannock Chase\nperiod: 2024-07..2025-06\n"
        + "organisation: Cannock Chase Council Community Safety Team\n"
        + "sections:\n  strategic_context: |\n    The partnership plan for 2025-28 was agreed in March 2025.\n");
    Path out = dir.resolve("r");
    CliRunner r = CliRunner.run("report", "--db", db, "--config", config.toString(), "--out", out.toString(), "--format", "html");
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out.resolve("assessment.html"));
    assertThat(html).contains("Cannock Chase Council Community Safety Team")
        .contains("The partnership plan for 2025-28 was agreed in March 2025.");
  }

  static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv)) {
      return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords());
    }
  }

  static double value(List<CSVRecord> rows, String code, String category, String measure) {
    return rows.stream()
        .filter(r -> r.get("area_code").equals(code) && r.get("category").equals(category) && r.get("measure").equals(measure))
        .mapToDouble(r -> Double.parseDouble(r.get("value")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + code + " " + category + " " + measure));
  }
}
