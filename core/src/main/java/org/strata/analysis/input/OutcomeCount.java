package org.strata.analysis.input;

/**
 * Police.uk crimes of one type with one "Last outcome category" in a period, for the subject area
 * or its whole force.
 *
 * @param scope {@code subject} or {@code police_force_area}
 * @param outcome the outcome as published; empty when the row has none
 */
public record OutcomeCount(String scope, String crimeType, String outcome, long count) {}
