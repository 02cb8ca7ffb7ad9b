package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.strata.SharedFixtures;

/**
 * Disclosure control end to end: a local extract with CCE 3 this year (7 last year), hate 4 (9),
 * knife 60 (40) beside Table C2, whose Cannock Chase homicide count is 2.
 */
class DisclosureControlTest {
  static final String PERIOD = "2024-07..2025-06";
  static final Path DATA = Path.of("src/test/resources/org/strata/disclosure");

  @TempDir Path dir;

  @Test
  void localCountsBelowFiveAreShownAsFewerThanFiveInEveryOutput() throws IOException {
    Path config = dir.resolve("assessment.yaml");
    Files.writeString(config, "stakeholders:\n  - topic: Child criminal exploitation\n    mentions: 4\n    category: cce\n");
    Path out = report(config);
    List<CSVRecord> m = read(out.resolve("metrics.csv"));
    assertThat(m).filteredOn(r -> r.get("taxonomy").equals("local")).extracting(r -> r.get("category")).doesNotContain("cce", "hate");
    assertThat(value(m, "Possession of weapons (flagged knife)", "local", "count")).isEqualTo("60");
    assertThat(value(m, "Homicide", "ons", "count")).isEqualTo("2");

    JsonNode json = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
    JsonNode cce = category(json, "cce");
    assertThat(cce.get("count").isNull()).isTrue();
    assertThat(cce.get("previousCount").isNull()).isTrue();
    assertThat(cce.get("changePctVsPrevious").isNull()).isTrue();
    assertThat(cce.get("trend").isNull()).isTrue();
    assertThat(cce.get("suppression").toString())
        .isEqualTo("{\"minCount\":5,\"count\":\"fewer than 5\",\"previous\":\"suppressed\"}");
    assertThat(category(json, "hate").get("suppression").get("count").asText()).isEqualTo("fewer than 5");
    assertThat(category(json, "Possession of weapons (flagged knife)").get("count").asLong()).isEqualTo(60);
    assertThat(category(json, "Possession of weapons (flagged knife)").get("previousCount").asLong()).isEqualTo(40);
    for (JsonNode f : json.get("findings")) {
      assertThat(f.get("subject").get("category").asText()).as(f.toString()).isNotIn("cce", "hate");
      if (f.get("topic") != null && f.get("topic").asText().equals("Child criminal exploitation")) {
        assertThat(f.get("recordedCount").isNull()).isTrue();
      }
    }
    for (JsonNode p : json.get("series")) {
      assertThat(p.get("category").asText()).isNotIn("cce", "hate");
    }

    String html = Files.readString(out.resolve("assessment.html"));
    assertThat(html).contains("Incidents flagged “cce” in the local extract: fewer than 5 in")
        .contains("A count below 5 is not published (disclosure control), so no change is given.")
        .contains("Child criminal exploitation: the recorded count is below the disclosure threshold and not published"
            + " (fewer than 5).");
    assertThat(html).doesNotContainPattern("(?i)cce[^<]{0,40}</t[dh]>\\s*<td[^>]*>\\s*[37]\\s*<");
  }

  @Test
  void minCountTenFromTheConfigWithholdsCountsBelowTen() throws IOException {
    Path config = dir.resolve("assessment.yaml");
    Files.writeString(config, "disclosure:\n  min_count: 10\n");
    Path out = report(config);
    JsonNode json = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
    assertThat(category(json, "cce").get("suppression").toString())
        .isEqualTo("{\"minCount\":10,\"count\":\"fewer than 10\",\"previous\":\"fewer than 10\"}");
    assertThat(category(json, "hate").get("suppression").toString())
        .isEqualTo("{\"minCount\":10,\"count\":\"fewer than 10\",\"previous\":\"fewer than 10\"}");
    assertThat(category(json, "Public order").get("count").asLong()).isEqualTo(30);
    List<CSVRecord> m = read(out.resolve("metrics.csv"));
    assertThat(value(m, "Homicide", "ons", "count")).isEqualTo("2");
    assertThat(Files.readString(out.resolve("assessment.html"))).contains("fewer than 10");
  }

  private Path report(Path config) {
    Path c2 = SharedFixtures.require("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
    Path mye = SharedFixtures.require("population/mye4_population_timeseries_mid2011_mid2023_lad.csv");
    String db = dir.resolve("s.duckdb").toString();
    assertThat(CliRunner.run("ingest", "ons-csp", c2.toString(), "--db", db).exit()).isZero();
    assertThat(CliRunner.run("ingest", "population", mye.toString(), "--db", db).exit()).isZero();
    CliRunner l = CliRunner.run("ingest", "local", DATA.resolve("small_counts.csv").toString(), "--mapping",
        DATA.resolve("mapping.yaml").toString(), "--db", db);
    assertThat(l.exit()).as(l.err()).isZero();
    Path out = dir.resolve("r");
    List<String> args = new ArrayList<>(List.of("report", "--db", db, "--area", "Cannock Chase", "--period",
        "2024-07..2025-06", "--out", out.toString(), "--format", "csv,json,html"));
    if (config != null) {
      args.addAll(List.of("--config", config.toString()));
    }
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return out;
  }

  private static JsonNode category(JsonNode json, String name) {
    for (JsonNode c : json.get("categories")) {
      if (c.get("category").asText().equals(name) && c.get("taxonomy").asText().equals("local")) {
        return c;
      }
    }
    throw new AssertionError("no local category " + name);
  }

  private static String value(List<CSVRecord> m, String category, String taxonomy, String measure) {
    return m.stream().filter(r -> r.get("area_code").equals("E07000192") && r.get("period").equals(PERIOD) && r.get("category").equals(category)
            && r.get("taxonomy").equals(taxonomy) && r.get("measure").equals(measure))
        .map(r -> r.get("value")).findFirst().orElseThrow(() -> new AssertionError(category + " " + measure));
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
    }
  }
}
