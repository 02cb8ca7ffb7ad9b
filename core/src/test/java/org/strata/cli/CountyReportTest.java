package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.SharedFixtures;

/** A county community safety agreement from Table C2: Staffordshire (E10000028) and its eight districts. */
class CountyReportTest {
  @TempDir Path dir;

  @Test
  void staffordshireTotalsItsEightDistrictsSideBySideWithoutStoke() throws IOException {
    String db = load();
    Path out = dir.resolve("county");
    CliRunner r = CliRunner.run("report", "--db", db, "--area", "E10000028", "--period", "2024-07..2025-06",
        "--format", "json,html", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
    assertThat(a.path("areaLevel").asText()).isEqualTo("county");
    assertThat(a.path("headline").get(0).path("count").asLong()).isEqualTo(56_686);
    List<String> names = new ArrayList<>();
    long sum = 0;
    for (JsonNode d : a.path("statutory").path("districts")) {
      names.add(d.path("name").asText());
      sum += d.path("count").asLong();
    }
    assertThat(names).containsExactly("Cannock Chase", "East Staffordshire", "Lichfield", "Newcastle-under-Lyme",
        "South Staffordshire", "Stafford", "Staffordshire Moorlands", "Tamworth");
    assertThat(sum).isEqualTo(56_686);
    assertThat(a.path("statutory").path("districts").get(0).path("count").asLong()).isEqualTo(7_630);
    boolean cannockMetric = false;
    for (JsonNode m : a.path("metrics")) {
      cannockMetric |= m.path("areaCode").asText().equals("E07000192") && m.path("measure").asText().equals("count")
          && m.path("value").asDouble() == 7_630;
    }
    assertThat(cannockMetric).as("Cannock Chase's count in the county's metrics").isTrue();
  }

  @Test
  void lastYearsAssessmentOfAnotherAreaIsARequestToCorrect() throws IOException {
    String db = load();
    Path cannock = dir.resolve("cannock");
    assertThat(CliRunner.run("report", "--db", db, "--area", "Cannock Chase", "--period", "2024-07..2025-06",
        "--format", "json", "--out", cannock.toString()).exit()).isZero();
    CliRunner r = CliRunner.run("report", "--db", db, "--area", "Tamworth", "--period", "2024-07..2025-06",
        "--previous", cannock.toString(), "--format", "json", "--out", dir.resolve("t").toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("--previous " + cannock.resolve("assessment.json") + ": expected an"
        + " assessment of Tamworth (E07000199), found one of Cannock Chase (E07000192)");
  }

  private String load() {
    Path c2 = SharedFixtures.require("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
    Path mye = SharedFixtures.require("population/mye4_population_timeseries_mid2011_mid2023_lad.csv");
    String db = dir.resolve("s.duckdb").toString();
    assertThat(CliRunner.run("ingest", "ons-csp", c2.toString(), "--db", db).exit()).isZero();
    assertThat(CliRunner.run("ingest", "population", mye.toString(), "--db", db).exit()).isZero();
    return db;
  }
}
