package org.strata.analysis;

import org.jspecify.annotations.Nullable;

/** One point of a yearly or monthly series: an area's count and rate for a category in a period. */
public record SeriesPoint(
    String role,
    String areaCode,
    String areaName,
    String period,
    String category,
    String taxonomy,
    long count,
    @Nullable Double ratePer1000) {}
