package org.strata.analysis;

import java.util.List;

/**
 * What the assessment config says beside the data, carried for the report: the Police and Crime
 * Commissioner's and the police's priorities, the stakeholder notes, and the presentation
 * (organisation, logo, per-section Markdown), and the partnership's own inputs (plan, why-notes,
 * treatment and reoffending figures).
 */
public record StrategicContext(
    List<String> pccPriorities,
    List<String> policePriorities,
    List<AnalysisSettings.StakeholderNote> stakeholderNotes,
    AnalysisSettings.Presentation presentation,
    LocalInputs local) {
  /** Copies the lists. */
  public StrategicContext {
    pccPriorities = List.copyOf(pccPriorities);
    policePriorities = List.copyOf(policePriorities);
    stakeholderNotes = List.copyOf(stakeholderNotes);
  }

  /** No priorities, notes or presentation. */
  public static StrategicContext none() {
    return new StrategicContext(List.of(), List.of(), List.of(), AnalysisSettings.Presentation.none(),
        LocalInputs.none());
  }

  static StrategicContext of(AnalysisSettings s) {
    return new StrategicContext(
        s.pccPriorities(), s.policePriorities(), s.stakeholderTopics(), s.presentation(), s.localInputs());
  }
}
