package org.strata.analysis.input;

/**
 * The mid-year population estimate behind a rate: which year, how many persons, whether it was
 * summed from districts, and why that year was chosen.
 */
public record PopulationEstimate(String areaCode, int year, long persons, boolean computed, String note) {}
