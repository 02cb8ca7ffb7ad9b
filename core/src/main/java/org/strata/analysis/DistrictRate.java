package org.strata.analysis;

import org.jspecify.annotations.Nullable;
import org.strata.reference.Taxonomy;

/**
 * One district's recorded crime in the assessment period, in the headline's taxonomy and total
 * category, for the district map: the subject's police force area and the peers.
 *
 * @param population the mid-year estimate behind the rate, null when the store has none
 * @param ratePer1000 the count per 1,000 residents, null without a population
 */
public record DistrictRate(
    String code, String name, long count, @Nullable Long population, @Nullable Double ratePer1000, Taxonomy taxonomy) {}
