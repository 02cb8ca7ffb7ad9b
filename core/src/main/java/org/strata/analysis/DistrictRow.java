package org.strata.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One district (or CSP of several districts, when the source counts only the whole) of a county or
 * CSP, side by side with the others: all crime in the period, its rate and its change on the
 * previous period.
 */
public record DistrictRow(
    String code,
    String name,
    long count,
    @Nullable Long population,
    @Nullable Double ratePer1000,
    @Nullable Long previousCount,
    @Nullable Double changePct,
    @Nullable Significance vsPrevious) {}
