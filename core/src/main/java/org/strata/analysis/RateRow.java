package org.strata.analysis;

import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.Role;
import org.strata.reference.Taxonomy;

/**
 * A count and its rate per 1,000 residents for one area in the assessment period.
 *
 * @param computed true when the count was summed by Strata rather than published for the area
 * @param note how a computed count was made (empty when published)
 */
public record RateRow(
    Role role,
    String areaCode,
    String areaName,
    String category,
    Taxonomy taxonomy,
    long count,
    @Nullable Long population,
    @Nullable Double ratePer1000,
    boolean computed,
    String note) {}
