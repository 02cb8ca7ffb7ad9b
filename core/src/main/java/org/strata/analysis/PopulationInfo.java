package org.strata.analysis;

/** The population behind the subject's rates and why that estimate was used. */
public record PopulationInfo(int year, long persons, boolean computed, String note) {}
