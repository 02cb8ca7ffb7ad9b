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
    assertThat(Files.readString(out.resolve("index.html"))).contains("Failed</strong> E07000199.yaml:1: expected a config key (area, baseline,");
    assertThat(Files.readString(out.resolve("E07000194/assessment.html"))).contains("Lichfield CSP");
    assertThat(Files.readString(out.resolve("E07000192/assessment.html"))).contains("Staffordshire Commissioner");
    assertThat(out.resolve("E07000199")).doesNotExist();
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
