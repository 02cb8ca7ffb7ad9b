package org.strata.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Counts for one area, period and taxonomy, with the population estimate behind its rates (null
 * when none is loaded) and the area's role in the assessment ({@code subject}, {@code
 * police_force_area}, {@code region}, {@code england_and_wales}, {@code peer}).
 */
public record Observation(String role, AreaCounts counts, @Nullable PopulationEstimate population) {
  /** Validates the observation. */
  public Observation {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(counts, "counts");
  }
}
