package org.strata.analysis.input;

/** A perceptions survey result: e.g. 37% of 1,200 respondents name ASB as a priority. */
public record SurveyResult(
    String areaCode, int year, String topic, String measure, double value, Integer base) {}
