package org.strata.analysis.input;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Taxonomy;

/**
 * What the statutory parts of an assessment need from the store beyond the observations: police.uk
 * crimes by type and last outcome for the area and its force, and, for a county or a CSP of several
 * districts, each district's (or reporting CSP's) counts in the period and the one before.
 */
public record StatutoryInput(List<OutcomeCount> outcomes, List<UnitCounts> units) {
  /** Copies the lists. */
  public StatutoryInput {
    outcomes = List.copyOf(outcomes);
    units = List.copyOf(units);
  }

  /** Nothing gathered. */
  public static StatutoryInput none() {
    return new StatutoryInput(List.of(), List.of());
  }

  /**
   * One district (or reporting CSP) of the subject in one taxonomy: its counts now and in the
   * previous period, with the populations behind them.
   */
  public record UnitCounts(
      String code,
      String name,
      Taxonomy taxonomy,
      AreaCounts now,
      @Nullable AreaCounts previous,
      @Nullable PopulationEstimate population,
      @Nullable PopulationEstimate previousPopulation) {}
}
