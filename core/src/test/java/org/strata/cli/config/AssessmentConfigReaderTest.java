package org.strata.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.analysis.LocalInputs;
import org.strata.common.BadInputException;
import org.strata.common.UsageException;
import org.strata.reference.Period;
import org.strata.reference.PopulationYear;

class AssessmentConfigReaderTest {
  @TempDir Path dir;

  @Test
  void readsTheWorkedExample() {
    AssessmentConfig c = AssessmentConfigReader.read(Path.of("..", "docs", "assessment.example.yaml"));
    assertThat(c.area()).isEqualTo("Cannock Chase");
    assertThat(c.period()).isEqualTo(Period.parse("2024-07..2025-06"));
    assertThat(c.settings().baseline()).isEqualTo(Period.parse("2021-07..2022-06"));
    assertThat(c.settings().peerCount()).isEqualTo(5);
    assertThat(c.settings().disclosureMinCount()).isEqualTo(5);
    assertThat(c.pccPriorities()).contains("Preventing and protecting");
    assertThat(c.settings().priorityCategories().get("Preventing and protecting"))
        .containsExactly("Violence against the person", "Anti-social behaviour");
    assertThat(c.settings().surveyTopics()).containsEntry("ASB", java.util.List.of("Anti-social behaviour"));
    assertThat(c.settings().stakeholderTopics()).hasSize(2);
    assertThat(c.settings().weights()).containsEntry("harm", 1.5).containsEntry("alignment", 0.5);
    assertThat(c.settings().thresholds().controlMonths()).isEqualTo(24);
    assertThat(c.organisation()).isEqualTo("Cannock Chase Community Safety Partnership");
    assertThat(c.logo()).endsWith("docs/logo.png");
    assertThat(c.sections()).containsKey("strategic-context");
    assertThat(c.settings().localInputs().partnershipPlan()).extracting(LocalInputs.PlanAction::rag)
        .containsExactly(LocalInputs.Rag.GREEN, LocalInputs.Rag.AMBER);
    assertThat(c.settings().localInputs().whyOf("Shoplifting")).startsWith("A new retail park opened");
    assertThat(c.settings().localInputs().reoffending()).hasSize(1);
  }

  @Test
  void anUnknownKeyIsRefusedWithItsLine() throws Exception {
    Path p = Files.writeString(dir.resolve("a.yaml"), "area: Cannock Chase\nweigths:\n  harm: 2\n");
    var e = assertThrows(BadInputException.class, () -> AssessmentConfigReader.read(p));
    assertThat(e.getMessage()).isEqualTo("a.yaml:2: expected a config key (area, areas, baseline, disclosure, harm_weights,"
        + " logo, organisation, partnership_plan, pcc_priorities, peers, period, police_priorities,"
        + " population_year, reoffending, sections, stakeholders, strategic_context, substance_misuse, survey,"
        + " survey_topics, thresholds, weights, why), found \"weigths\""
        + " (see docs/assessment.example.yaml)");
  }

  @Test
  void disclosureMinCountBelowOneIsRefusedAtItsLine() throws Exception {
    Path p = Files.writeString(dir.resolve("a.yaml"), "area: Cannock Chase\ndisclosure:\n  min_count: 0\n");
    var e = assertThrows(BadInputException.class, () -> AssessmentConfigReader.read(p));
    assertThat(e.getMessage()).isEqualTo("a.yaml:3: disclosure: min_count: expected a whole number of 1 or more, found 0");
  }

  @Test
  void populationYearChoosesWhichMidYearEstimateDividesEachYear() throws Exception {
    Path p = Files.writeString(dir.resolve("a.yaml"), "area: Cannock Chase\npopulation_year: end\n");
    assertThat(AssessmentConfigReader.read(p).settings().populationYear()).isEqualTo(PopulationYear.END);
    assertThat(PopulationYear.END.yearFor(Period.parse("2023-24"))).isEqualTo(2024);
    assertThat(PopulationYear.MIDPOINT.yearFor(Period.parse("2023-24"))).isEqualTo(2023);
    assertThat(PopulationYear.PREVIOUS.yearFor(Period.parse("2023-24"))).isEqualTo(2022);
    Path empty = Files.writeString(dir.resolve("b.yaml"), "area: Cannock Chase\n");
    assertThat(AssessmentConfigReader.read(empty).settings().populationYear()).isEqualTo(PopulationYear.MIDPOINT);
  }

  @Test
  void anUnknownPopulationYearRuleIsRefusedWithItsLine() throws Exception {
    Path p = Files.writeString(dir.resolve("a.yaml"), "area: Cannock Chase\npopulation_year: later\n");
    var e = assertThrows(BadInputException.class, () -> AssessmentConfigReader.read(p));
    assertThat(e.getMessage()).isEqualTo("a.yaml:2: population_year: expected one of midpoint, start, end, previous,"
        + " found \"later\"");
  }

  @Test
  void aMistypedPeersKeyIsRefusedNotIgnored() throws Exception {
    Path p = Files.writeString(dir.resolve("a.yaml"), "area: Cannock Chase\npeers:\n  cuont: 5\n");
    var e = assertThrows(BadInputException.class, () -> AssessmentConfigReader.read(p));
    assertThat(e.getMessage()).isEqualTo("a.yaml:2: peers: expected the keys areas and count, found \"cuont\"");
  }

  @Test
  void aMissingFileIsARequestToCorrect() {
    Path p = dir.resolve("missing.yaml");
    var e = assertThrows(UsageException.class, () -> AssessmentConfigReader.read(p));
    assertThat(e.getMessage()).isEqualTo("config " + p + ": expected a file, found nothing");
  }

  @Test
  void anUnknownWeightIsRefused() throws Exception {
    Path p = Files.writeString(dir.resolve("a.yaml"), "weights:\n  fear: 2\n");
    var e = assertThrows(BadInputException.class, () -> AssessmentConfigReader.read(p));
    assertThat(e.getMessage()).isEqualTo(
        "a.yaml:2: weight \"fear\": expected one of [volume, rate, trend, harm, concern, alignment]");
  }

  @Test
  void anEmptyFileGivesTheDefaults() throws Exception {
    Path p = Files.writeString(dir.resolve("a.yaml"), "");
    assertThat(AssessmentConfigReader.read(p).settings().peerCount()).isZero();
  }

  @Test
  void readsThePartnershipPlanWithItsRagRatingAndTheLocalFigures() throws Exception {
    Path p = Files.writeString(dir.resolve("a.yaml"), """
        partnership_plan:
          - action: Open a town-centre hub
            owner: District council
            status: Complete
            evidence: Opened May 2024
          - action: Knife-crime education in schools
            status: not_started
        why:
          Shoplifting: Two retail parks opened in 2024.
        substance_misuse:
          - measure: Adults in drug treatment
            value: 412
            period: 2023-24
            source: NDTMS
        reoffending:
          - measure: Proven reoffending rate, adults
            value: 24.1%
        """);
    var local = AssessmentConfigReader.read(p).settings().localInputs();
    assertThat(local.partnershipPlan()).containsExactly(
        new LocalInputs.PlanAction("Open a town-centre hub", "District council", "Complete", LocalInputs.Rag.GREEN,
            "Opened May 2024", ""),
        new LocalInputs.PlanAction("Knife-crime education in schools", "", "not_started", LocalInputs.Rag.RED, "", ""));
    assertThat(local.whyOf("shoplifting")).isEqualTo("Two retail parks opened in 2024.");
    assertThat(local.substanceMisuse()).containsExactly(
        new LocalInputs.Figure("Adults in drug treatment", "412", "2023-24", "NDTMS"));
    assertThat(local.reoffending()).containsExactly(new LocalInputs.Figure("Proven reoffending rate, adults", "24.1%", "", ""));
  }

  @Test
  void anUnknownPlanStatusIsRefusedAtItsLine() throws Exception {
    Path p = Files.writeString(dir.resolve("a.yaml"), "partnership_plan:\n  - action: Hub\n    status: done-ish\n");
    var e = assertThrows(BadInputException.class, () -> AssessmentConfigReader.read(p));
    assertThat(e.getMessage()).isEqualTo("a.yaml:3: partnership_plan: expected a status (amber, complete, completed,"
        + " delayed, green, in progress, not met, not started, on track, partly complete, red, stopped), found \"done-ish\"");
  }
}
