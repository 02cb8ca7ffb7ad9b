package org.strata.analysis.input;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Counts for one area, period and taxonomy, with the population estimate behind its rates (null
 * when none is loaded) and the area's role in the assessment.
 */
public record Observation(Role role, AreaCounts counts, @Nullable PopulationEstimate population) {
  /** Validates the observation. */
  public Observation {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(counts, "counts");
  }
}
