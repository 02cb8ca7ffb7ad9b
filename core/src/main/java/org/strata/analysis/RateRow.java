package org.strata.analysis;

import org.jspecify.annotations.Nullable;

/**
 * A count and its rate per 1,000 residents for one area in the assessment period.
 *
 * @param role {@code subject}, {@code police_force_area}, {@code region}, {@code
 *     england_and_wales} or {@code peer}
 * @param computed true when the count was summed by Strata rather than published for the area
 */
public record RateRow(
    String role,
    String areaCode,
    String areaName,
    String category,
    String taxonomy,
    long count,
    @Nullable Long population,
    @Nullable Double ratePer1000,
    boolean computed,
    String note) {}
