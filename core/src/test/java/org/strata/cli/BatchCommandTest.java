package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  private static final String PERIOD = "2023-24";
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void loadThreeStaffordshireCsps() throws URISyntaxException {
    db = dir.resolve("s.duckdb").toString();
    assertThat(CliRunner.run("ingest", "ons-csp", fixture("c2_staffordshire.csv"), "--db", db).exit()).isZero();
    assertThat(CliRunner.run("ingest", "population", fixture("population_staffordshire.csv"), "--db", db).exit()).isZero();
  }

  private static String fixture(String name) throws URISyntaxException {
    return Path.of(BatchCommandTest.class.getResource(name).toURI()).toString();
  }

  @Test
  void writesForEachCspOfTheForceWhatReportWrites() throws IOException {
    Path out = dir.resolve("b");
    CliRunner r = CliRunner.run("batch", "--db", db, "--period", PERIOD, "--force", "Staffordshire",
        "--format", "csv,json", "--jobs", "2", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("batch: 3 area(s), 2023-24, 2 job(s)", "E07000192 Cannock Chase: done",
        "E07000194 Lichfield: done", "E07000199 Tamworth: done");
    for (String area : List.of("E07000192", "E07000194", "E07000199")) {
      Path single = dir.resolve("single-" + area);
      assertThat(CliRunner.run("report", "--db", db, "--area", area, "--period", PERIOD, "--format", "csv",
          "--out", single.toString()).exit()).isZero();
      assertThat(Files.readString(out.resolve(area).resolve("metrics.csv")))
          .isEqualTo(Files.readString(single.resolve("metrics.csv")));
      assertThat(out.resolve(area).resolve("assessment.json")).exists();
    }
  }

  @Test
  void summaryHoldsEachAreasRateOnceAndTheForceOnce() throws IOException {
    Path out = dir.resolve("b");
    assertThat(CliRunner.run("batch", "--db", db, "--period", PERIOD, "--force", "E23000015", "--format", "csv",
        "--out", out.toString()).exit()).isZero();
    List<String> rates = Files.readAllLines(out.resolve("summary.csv")).stream()
        .filter(l -> l.contains("Total recorded crime (excluding fraud),ons,rate_per_1000")).toList();
    // 8,000 / 100,000 x 1,000 = 80; 5,000 / 125,000 x 1,000 = 40; 7,000 / 80,000 x 1,000 = 87.5
    assertThat(rates).containsExactly(
        "E07000192,Cannock Chase,2023-24,Total recorded crime (excluding fraud),ons,rate_per_1000,80",
        "E07000194,Lichfield,2023-24,Total recorded crime (excluding fraud),ons,rate_per_1000,40",
        "E07000199,Tamworth,2023-24,Total recorded crime (excluding fraud),ons,rate_per_1000,87.5",
        // 80,000 / 1,165,000 (the force's nine districts) x 1,000 = 68.669527...
        "E23000015,Staffordshire,2023-24,Total recorded crime (excluding fraud),ons,rate_per_1000,68.669528");
    assertThat(Files.readAllLines(out.resolve("summary.csv")).get(0))
        .isEqualTo("area_code,area_name,period,category,taxonomy,measure,value");
    assertThat(out.resolve("summary.xlsx")).isNotEmptyFile();
  }

  @Test
  void indexRanksTheAreasByRateAndSummarisesTheForce() throws IOException {
    Path out = dir.resolve("b");
    assertThat(CliRunner.run("batch", "--db", db, "--period", PERIOD, "--force", "Staffordshire", "--format", "csv,html",
        "--out", out.toString()).exit()).isZero();
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index).contains("<h1 class=\"govuk-heading-l\">Staffordshire: strategic assessments 2023-24</h1>",
        "<a class=\"govuk-link\" href=\"E07000199/assessment.html\">Tamworth</a>",
        "Staffordshire's 3 CSPs side by side", "68.7 recorded crimes per 1,000 residents");
    // Tamworth 87.5 is rank 1 of 3, Cannock Chase 80 rank 2, Lichfield 40 rank 3; against the force's
    // 68.67: Lichfield 40 / 68.67 = 0.58 (42% lower), Tamworth 87.5 / 68.67 = 1.27 (27% higher)
    assertThat(index).contains("data-sort=\"1.0\">1 of 3</td>", "data-sort=\"3.0\">3 of 3</td>", "42% lower",
        "27% higher");
  }

  @Test
  void listsAFailingAreaWithItsReasonGoesOnAndExitsNonZero() throws IOException {
    Path configs = Files.createDirectories(dir.resolve("configs"));
    Files.writeString(configs.resolve("E07000194.yaml"), "organisation: Lichfield CSP\n");
    Files.writeString(configs.resolve("default.yaml"), "organisation: Staffordshire Commissioner\n");
    Path out = dir.resolve("b");
    Files.writeString(configs.resolve("E07000199.yaml"), "colour: red\n");
    CliRunner r = CliRunner.run("batch", "--db", db, "--period", PERIOD, "--force", "Staffordshire", "--format",
        "csv,html", "--config", configs.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_FAILURE);
    assertThat(r.err()).startsWith("batch: 1 of 3 area(s) failed (listed in " + out.resolve("index.html") + "); first: E07000199");
    assertThat(Files.readString(out.resolve("index.html"))).contains("Failed</strong> E07000199.yaml:1: expected a config key (area, areas, baseline,");
    assertThat(Files.readString(out.resolve("E07000194/assessment.html"))).contains("Lichfield CSP");
    assertThat(Files.readString(out.resolve("E07000192/assessment.html"))).contains("Staffordshire Commissioner");
    assertThat(out.resolve("E07000199")).doesNotExist();
  }

  private static final String SECTIONS = """
      organisation: Staffordshire Commissioner
      peers: [Lichfield]
      pcc_priorities: [Shoplifting]
      thresholds:
        small_count: 5
      areas:
        Cannock Chase:
          peers: [Tamworth]
        E07000194:
          organisation: Lichfield CSP
          peers: [Cannock Chase, Tamworth]
        Tamworth:
          pcc_priorities: [Homicide]
          thresholds:
            small_count: 3
      """;

  private static String rateLine(Path metrics, String prefix) throws IOException {
    return Files.readAllLines(metrics).stream().filter(l -> l.startsWith(prefix) && l.contains(",rate_per_1000,")).findFirst().orElseThrow();
  }

  private static com.fasterxml.jackson.databind.JsonNode json(Path folder) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve("assessment.json").toFile());
  }

  private static boolean homicideSmall(com.fasterxml.jackson.databind.JsonNode a) {
    for (var c : a.get("categories")) {
      if (c.get("category").asText().equals("Homicide")) {
        return c.get("small").asBoolean();
      }
    }
    throw new AssertionError("no Homicide row");
  }

  @Test
  void eachAreaUsesItsSectionOfOneConfigOverTheSharedSettings() throws IOException {
    Path config = Files.writeString(dir.resolve("staffordshire.yaml"), SECTIONS);
    Path out = dir.resolve("b");
    CliRunner r = CliRunner.run("batch", "--db", db, "--period", PERIOD, "--force", "Staffordshire", "--format",
        "csv,json", "--config", config.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String peerRate = "peer_group,Peer group of ";
    // Cannock Chase's peer is Tamworth: 7,000 / 80,000 x 1,000 = 87.5
    assertThat(rateLine(out.resolve("E07000192/metrics.csv"), peerRate + "1 districts,2023-24,Total recorded crime"))
        .endsWith("rate_per_1000,87.5");
    // Lichfield's are Cannock Chase and Tamworth, pooled: 15,000 / 180,000 x 1,000 = 83.333333
    assertThat(rateLine(out.resolve("E07000194/metrics.csv"), peerRate + "2 districts,2023-24,Total recorded crime"))
        .endsWith("rate_per_1000,83.333333");
    // Tamworth has no peers of its own: the shared Lichfield, 5,000 / 125,000 x 1,000 = 40
    assertThat(rateLine(out.resolve("E07000199/metrics.csv"), peerRate + "1 districts,2023-24,Total recorded crime"))
        .endsWith("rate_per_1000,40");
    var cannock = json(out.resolve("E07000192"));
    var lichfield = json(out.resolve("E07000194"));
    var tamworth = json(out.resolve("E07000199"));
    assertThat(cannock.at("/context/presentation/organisation").asText()).isEqualTo("Staffordshire Commissioner");
    assertThat(lichfield.at("/context/presentation/organisation").asText()).isEqualTo("Lichfield CSP");
    assertThat(cannock.at("/context/pccPriorities").toString()).isEqualTo("[\"Shoplifting\"]");
    assertThat(tamworth.at("/context/pccPriorities").toString()).isEqualTo("[\"Homicide\"]");
    // Cannock Chase's 2 homicides are below the shared small count of 5; Tamworth's 4 are not below its own 3
    assertThat(homicideSmall(cannock)).isTrue();
    assertThat(homicideSmall(tamworth)).isFalse();
  }

  @Test
  void reportUsesTheSectionOfTheAreaReported() throws IOException {
    Path config = Files.writeString(dir.resolve("staffordshire.yaml"), SECTIONS);
    Path out = dir.resolve("r");
    CliRunner r = CliRunner.run("report", "--db", db, "--area", "Tamworth", "--period", PERIOD, "--format", "csv,json",
        "--config", config.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(rateLine(out.resolve("metrics.csv"), "peer_group,Peer group of 1 districts,2023-24,Total recorded crime"))
        .endsWith("rate_per_1000,40");
    assertThat(json(out).at("/context/pccPriorities").toString()).isEqualTo("[\"Homicide\"]");
    assertThat(homicideSmall(json(out))).isFalse();
  }

  @Test
  void aSectionForAnAreaOutsideTheBatchStopsItBeforeAnyWork() throws IOException {
    Path config = Files.writeString(dir.resolve("staffordshire.yaml"), SECTIONS);
    Path out = dir.resolve("b");
    CliRunner r = CliRunner.run("batch", "--db", db, "--period", PERIOD, "--areas", "Tamworth", "--config",
        config.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("staffordshire.yaml:7: areas: expected an area in the selection"
        + " (Tamworth, by name or GSS code), found \"Cannock Chase\"");
    assertThat(out).doesNotExist();
  }

  @Test
  void aSectionNamingNoAreaIsRefusedWithItsLine() throws IOException {
    Path config = Files.writeString(dir.resolve("staffordshire.yaml"),
        "organisation: Staffordshire Commissioner\nareas:\n  Cannock Chase:\n    peers: [Tamworth]\n"
            + "  Canock Chase:\n    peers: [Lichfield]\n");
    Path out = dir.resolve("b");
    CliRunner r = CliRunner.run("batch", "--db", db, "--period", PERIOD, "--force", "Staffordshire", "--config",
        config.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("staffordshire.yaml:5: areas: expected an area in the selection"
        + " (Cannock Chase, Lichfield or Tamworth, by name or GSS code), found \"Canock Chase\"");
    assertThat(out).doesNotExist();
    CliRunner report = CliRunner.run("report", "--db", db, "--area", "Tamworth", "--period", PERIOD, "--config",
        config.toString(), "--out", dir.resolve("r").toString());
    assertThat(report.err().strip()).isEqualTo("staffordshire.yaml:5: areas: expected a district, CSP or county"
        + " name or GSS code (see strata areas), found \"Canock Chase\"");
  }

  @Test
  void resumeSkipsAreasAnEarlierRunFinished() throws IOException {
    Path out = dir.resolve("b");
    assertThat(CliRunner.run("batch", "--db", db, "--period", PERIOD, "--areas", "Cannock Chase", "--format", "csv",
        "--out", out.toString()).exit()).isZero();
    CliRunner r = CliRunner.run("batch", "--db", db, "--period", PERIOD, "--areas", "Cannock Chase,E07000199",
        "--format", "csv", "--resume", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("E07000192 Cannock Chase: done earlier (resumed)", "E07000199 Tamworth: done");
    assertThat(Files.readString(out.resolve("summary.csv")))
        .contains("E07000192,Cannock Chase,2023-24,Total recorded crime (excluding fraud),ons,rate_per_1000,80");
  }

  @Test
  void aFolderConfigWithSectionsFailsItsAreaAndSaysWhereSectionsBelong() throws IOException {
    Path configs = Files.createDirectories(dir.resolve("configs"));
    Files.writeString(configs.resolve("E07000194.yaml"), "organisation: Lichfield CSP\nareas:\n  Tamworth:\n"
        + "    organisation: Tamworth CSP\n");
    Path out = dir.resolve("b");
    CliRunner r = CliRunner.run("batch", "--db", db, "--period", PERIOD, "--areas", "Lichfield,Tamworth", "--format",
        "csv", "--config", configs.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_FAILURE);
    assertThat(r.out()).contains("E07000194 Lichfield: failed: E07000194.yaml:3: areas: expected the settings of"
        + " E07000194.yaml's own area, found sections for areas (per-area sections belong in one --config file;"
        + " in a folder, each area has its file)", "E07000199 Tamworth: done");
  }

  @Test
  void pdfAndWordRendersAtOnceAreWhatTheHeapHolds() {
    // one render per 256 MiB of maximum heap, at least one
    assertThat(BatchRun.heavyRendersAtOnce(1L << 30)).isEqualTo(4);
    assertThat(BatchRun.heavyRendersAtOnce(4L << 30)).isEqualTo(16);
    assertThat(BatchRun.heavyRendersAtOnce(767L << 20)).isEqualTo(2);
    assertThat(BatchRun.heavyRendersAtOnce(100L << 20)).isEqualTo(1);
  }

  @Test
  void refusesAnUnknownForce() {
    CliRunner r = CliRunner.run("batch", "--db", db, "--period", PERIOD, "--force", "Atlantis", "--out",
        dir.resolve("b").toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("--force \"Atlantis\": expected a police force area name or E23/W15 code,"
        + " found no match (try strata areas)");
  }

  @Test
  void reportRefusesALogoThatIsNotAnImageBeforeAnyWork() throws IOException {
    Path text = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
    Path config = Files.writeString(dir.resolve("assessment.yaml"), "logo: " + text + "\n");
    Path out = dir.resolve("r");
    CliRunner r = CliRunner.run("report", "--db", db, "--area", "E07000192", "--period", PERIOD, "--config",
        config.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo(config + ": logo \"" + text + "\": expected a PNG, JPEG or SVG image,"
        + " found text that is not SVG");
    assertThat(out).doesNotExist();
  }
}
