package org.strata.analysis;

/**
 * One neighbourhood (LSOA) of the subject: incidents in the period, its share of the area's
 * incidents, the months it was in the area's top decile, and where it lies.
 */
public record PlaceRow(
    String lsoaCode,
    String lsoaName,
    long count,
    double share,
    int topDecileMonths,
    int months,
    boolean persistentHotSpot,
    double longitude,
    double latitude,
    String topLocation) {}
