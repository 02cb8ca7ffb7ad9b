package org.strata.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Assessment;
import org.strata.analysis.StrategicContext;
import org.strata.analysis.Changes;
import org.strata.analysis.Checklist;
import org.strata.analysis.DistrictRow;
import org.strata.analysis.LocalInputs;
import org.strata.analysis.OutcomeGroups;
import org.strata.analysis.OutcomeRow;
import org.strata.analysis.Statutory;
import org.strata.analysis.StatutoryAnalysis;

/** The full sample with a config's priorities and plan, last year's assessment, outcomes and two districts. */
final class StatutorySample {
  private StatutorySample() {}

  static Assessment of() {
    Assessment a = SampleAssessment.full();
    LocalInputs local = new LocalInputs(
        List.of(new LocalInputs.PlanAction("Town-centre patrols", "Council", "complete", LocalInputs.Rag.GREEN, "48 patrols", "ASB"),
            new LocalInputs.PlanAction("Retail radio link", "Police", "delayed", LocalInputs.Rag.AMBER, "Launched late", "Shoplifting"),
            new LocalInputs.PlanAction("School sessions", "Youth service", "not started", LocalInputs.Rag.RED, "", "")),
        Map.of("Shoplifting", "Two retail parks opened."),
        List.of(new LocalInputs.Figure("Adults in treatment", "412", "2024-25", "NDTMS")), List.of());
    StrategicContext context = new StrategicContext(List.of("Safer streets for everyone"),
        List.of("Cut violent crime"), List.of(), AnalysisSettings.Presentation.none(), local);
    Assessment withContext = new Assessment(a.areaCode(), a.areaName(), a.areaLevel(), a.period(), a.periodReadable(),
        a.previousPeriod(), a.baselinePeriod(), a.taxonomy(), a.totalCategory(), a.population(), a.headline(),
        a.categories(), a.series(), a.monthly(), a.findings(), a.places(), a.priorities(), a.metrics(), a.sources(),
        a.caveats(), a.synthetic(), context, a.districtRates());
    Changes changes = new Changes("last/assessment.json", "2023-24", "2023-24",
        List.of(new Changes.PriorityMove("Shoplifting", 1, 2, "Two retail parks opened."),
            new Changes.PriorityMove("Criminal damage and arson", 2, null, "")),
        List.of("Violence against the person"), List.of("Criminal damage and arson"),
        List.of(new Changes.RateChange("Shoplifting", "ons", 780, 975, 7.9, 9.9, 25.0, SampleAssessment.SIG,
            "Two retail parks opened.")),
        List.of("Focus on shoplifting."));
    Map<String, Double> shares = new LinkedHashMap<>();
    OutcomeGroups.GROUPS.forEach(g -> shares.put(g, 12.5));
    List<OutcomeRow> outcomes = List.of(new OutcomeRow(OutcomeGroups.ALL_CRIME, 800, shares, 9000, shares));
    List<DistrictRow> districts = List.of(
        new DistrictRow("E07999001", "North Testborough", 2000, 40_000L, 50.0, 2100L, -4.8, SampleAssessment.FLAT),
        new DistrictRow("E07999002", "South Testborough", 2633, 58_300L, 45.2, 2802L, -6.0, SampleAssessment.SIG));
    return withContext.withStatutory(new Statutory(changes, Checklist.of(withContext, changes, districts), outcomes, districts),
        StatutoryAnalysis.findings(withContext, changes, outcomes));
  }
}
