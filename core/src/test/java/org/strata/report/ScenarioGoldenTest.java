package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.SharedFixtures;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Analyst;
import org.strata.analysis.Assessment;
import org.strata.analysis.Finding;
import org.strata.analysis.StatutoryAnalysis;
import org.strata.cli.StrataCommand;
import org.strata.cli.config.AssessmentConfig;
import org.strata.cli.config.AssessmentConfigReader;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.report.doc.ReportDocument;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;
import org.strata.store.StatutoryInputQuery;

/**
 * The document's words for three real-fixture scenarios, against reviewed files in {@code
 * golden/scenario-*}: Table C2 and MYE4 alone; the same with a residents' survey, a local extract
 * with knife, hate and CCE flags and a config of PCC priorities and stakeholder topics (small
 * files of our own in {@code scenario/}); and four police.uk months of West Mercia. Each also
 * passes the finding invariants. Run with {@code -Dgolden.update=true} to rewrite the files.
 */
class ScenarioGoldenTest {
  static final Path SCENARIO = Path.of("src/test/resources/org/strata/report/scenario");
  static final Period YEAR_TO_JUNE_2025 = Period.parse("2024-07..2025-06");

  @TempDir Path dir;

  @Test
  void tableC2AloneReadsAsReviewed() throws IOException {
    Path db = c2Store();
    check("scenario-c2", assess(db, "Cannock Chase", YEAR_TO_JUNE_2025, AnalysisSettings.defaults()), Map.of());
  }

  @Test
  void surveyLocalExtractAndConfigReadAsReviewed() throws IOException {
    Path db = c2Store();
    ingest(db, "survey", SCENARIO.resolve("survey.csv").toString());
    ingest(db, "local", SCENARIO.resolve("local_extract.csv").toString(), "--mapping",
        SCENARIO.resolve("local_mapping.yaml").toString());
    AssessmentConfig c = AssessmentConfigReader.read(SCENARIO.resolve("assessment.yaml"));
    Assessment a = assess(db, c.area(), c.period(), c.settings());
    check("scenario-full", a, c.sections());
    assertThat(a.findings(Finding.EmergingIssue.class)).singleElement().satisfies(e -> {
      assertThat(e.category()).isEqualTo("Possession of weapons (flagged knife)");
      assertThat(e.count()).isEqualTo(60);
      assertThat(e.previousCount()).isEqualTo(40);
      assertThat(e.judgement().signal()).isTrue();
    });
    assertThat(a.findings(Finding.SurveyMeasure.class)).extracting(f -> f.result().measure())
        .containsExactly("feel_safe_pct", "expect_victim_pct", "priority_pct");
  }

  @Test
  void westMerciaMonthsReadAsReviewed() throws IOException {
    Path wm = SharedFixtures.require("policeuk/west-mercia");
    Path db = dir.resolve("wm.duckdb");
    ingest(db, "police-uk", wm.toString());
    check("scenario-wm", assess(db, "Worcester", Period.parse("2024-01..2024-04"), AnalysisSettings.defaults()), Map.of());
  }

  private Path c2Store() {
    Path c2 = SharedFixtures.require("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
    Path mye4 = SharedFixtures.require("population/mye4_population_timeseries_mid2011_mid2023_lad.csv");
    Path db = dir.resolve("c2.duckdb");
    ingest(db, "ons-csp", c2.toString());
    ingest(db, "population", mye4.toString());
    return db;
  }

  private static void ingest(Path db, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "ingest";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--db";
    all[args.length + 2] = db.toString();
    assertThat(StrataCommand.commandLine().execute(all)).isZero();
  }

  private static Assessment assess(Path db, String area, Period period, AnalysisSettings settings) {
    try (DuckDbStore s = DuckDbStore.open(db)) {
      Assessment a = new Analyst(OffenceTaxonomy.load(), settings).assess(
          new AssessmentInputQuery(s, settings.populationYear()).gather(area, period, settings.peers(), settings.peerCount()));
      return StatutoryAnalysis.complete(
          a, new StatutoryInputQuery(s, settings.populationYear()).gather(a.areaCode(), period), null);
    }
  }

  private static void check(String name, Assessment a, Map<String, String> sections) throws IOException {
    ReportDocument d = new DocumentBuilder(a, NarrativeGoldenTest.options(sections)).build();
    FindingInvariants.check(a, d);
    String actual = Outline.of(d);
    Path expected = NarrativeGoldenTest.GOLDEN.resolve(name).resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
