package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistTest {
  @Test
  void anAssessmentOfOnsCountsAloneSaysWhatIsMissingAndHowToLoadIt() {
    Assessment a = Assessments.of(Map.of(Assessments.TOTAL, 1000L, "Drug offences", 40L, "Robbery", 12L),
        List.of("Drug offences"), LocalInputs.none());
    List<ChecklistItem> items = Checklist.of(a, null, List.of());
    assertThat(items).extracting(ChecklistItem::requirement).containsExactly("Crime and disorder", "Anti-social behaviour",
        "Substance misuse", "Reoffending", "Serious violence", "Levels and patterns of crime, disorder and substance misuse",
        "Changes since the last strategic assessment", "Why those changes occurred", "Priorities", "Views of the community",
        "Implementation of the previous partnership plan");
    assertThat(items).extracting(ChecklistItem::status).containsExactly(ChecklistItem.Status.MET,
        ChecklistItem.Status.NOT_MET, ChecklistItem.Status.PARTLY_MET, ChecklistItem.Status.NOT_MET,
        ChecklistItem.Status.MET, ChecklistItem.Status.PARTLY_MET, ChecklistItem.Status.NOT_MET,
        ChecklistItem.Status.NOT_MET, ChecklistItem.Status.MET, ChecklistItem.Status.NOT_MET, ChecklistItem.Status.NOT_MET);
    assertThat(items.get(1).note()).isEqualTo(
        "not met: no data on anti-social behaviour - load police.uk street-level data (strata ingest police-uk)");
    assertThat(items.get(2).note()).isEqualTo("partly met: drug offences only; no data on drug and alcohol treatment"
        + " - add substance_misuse: figures to the config (OHID NDTMS)");
    assertThat(items.get(3).note()).isEqualTo("not met: no data on reoffending - add reoffending: figures to the config"
        + " (Ministry of Justice proven reoffending statistics by local authority)");
    assertThat(items.get(6).note()).isEqualTo("not met: no data on last year's assessment - give strata report"
        + " --previous PATH (last year's assessment.json)");
    assertThat(items.get(10).note()).isEqualTo("not met: no data on the previous partnership plan - add"
        + " partnership_plan: actions (action, owner, status, evidence) to the config");
    assertThat(items.get(4).sectionTitle()).isEqualTo("Serious violence");
  }

  @Test
  void aPartnershipPlanAndLastYearsAssessmentMeetTheirRequirements() {
    LocalInputs local = new LocalInputs(List.of(new LocalInputs.PlanAction("Hub", "", "complete",
        LocalInputs.Rag.GREEN, "", "")), Map.of("Robbery", "A new shopping centre."), List.of(), List.of());
    Assessment a = Assessments.of(Map.of(Assessments.TOTAL, 1000L), List.of(), local);
    Changes changes = new Changes("x.json", "2023-24", "2023-24", List.of(), List.of(), List.of(), List.of(), List.of());
    List<ChecklistItem> items = Checklist.of(a, changes, List.of());
    assertThat(items.get(6).note()).isEqualTo("against last year's assessment (2023-24)");
    assertThat(items.get(6).sectionId()).isEqualTo("changes-since-last-assessment");
    assertThat(items.get(7).note()).isEqualTo("1 note from the partnership");
    assertThat(items.get(10).note()).isEqualTo("1 action rated red, amber or green");
    assertThat(items.get(10).status()).isEqualTo(ChecklistItem.Status.MET);
  }

  @Test
  void policeUkRobberyAloneOnlyPartlyMeetsSeriousViolence() {
    Assessment a = Assessments.of(Map.of(Assessments.TOTAL, 1000L, "Anti-social behaviour", 300L), List.of(), LocalInputs.none());
    Assessment withRobbery = new Assessment(a.areaCode(), a.areaName(), a.areaLevel(), a.period(), a.periodReadable(),
        a.previousPeriod(), a.baselinePeriod(), a.taxonomy(), a.totalCategory(), a.population(), a.headline(),
        List.of(new org.strata.analysis.CategoryRow("Robbery", org.strata.reference.Taxonomy.POLICE_UK,
            org.strata.reference.OffenceLevel.GROUP, null, 40L, 0.4, null, null, null, null, null, null, null, null, false, null, null)), a.series(), a.monthly(), a.findings(), a.places(), a.priorities(),
        a.metrics(), a.sources(), a.caveats(), a.synthetic(), a.context(), a.districtRates());
    ChecklistItem sv = Checklist.of(withRobbery, null, List.of()).get(4);
    assertThat(sv.status()).isEqualTo(ChecklistItem.Status.PARTLY_MET);
    assertThat(sv.note()).isEqualTo("partly met: robbery and possession of weapons only; no data on homicide or"
        + " violence with injury - load ONS Table C2 (strata ingest ons-csp)");
  }
}
