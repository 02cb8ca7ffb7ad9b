package org.strata.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The statutory parts of an assessment beside its numbers: changes since last year's assessment
 * (when one was given), the checklist of the duties it meets, outcomes of police.uk crimes and, for
 * a county or a CSP of several districts, each district side by side.
 *
 * @param changes the comparison with last year's assessment, null when none was given
 */
public record Statutory(
    @Nullable Changes changes,
    List<ChecklistItem> checklist,
    List<OutcomeRow> outcomes,
    List<DistrictRow> districts) {
  /** Copies the lists. */
  public Statutory {
    checklist = List.copyOf(checklist);
    outcomes = List.copyOf(outcomes);
    districts = List.copyOf(districts);
  }

  /** Nothing: assessments made before these parts existed. */
  public static Statutory none() {
    return new Statutory(null, List.of(), List.of(), List.of());
  }
}
