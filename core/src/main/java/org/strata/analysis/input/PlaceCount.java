package org.strata.analysis.input;

/**
 * Police.uk incidents in one LSOA of the subject area for one month (or the whole period when
 * {@code month} is null), with the LSOA's mean coordinates and its most common location.
 */
public record PlaceCount(
    String lsoaCode,
    String lsoaName,
    String month,
    String crimeType,
    long count,
    double longitude,
    double latitude,
    String topLocation) {}
