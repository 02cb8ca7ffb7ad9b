package org.strata.analysis;

import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.Role;
import org.strata.reference.Taxonomy;

/** One point of a yearly or monthly series: an area's count and rate for a category in a period. */
public record SeriesPoint(
    Role role,
    String areaCode,
    String areaName,
    String period,
    String category,
    Taxonomy taxonomy,
    long count,
    @Nullable Double ratePer1000) {}
