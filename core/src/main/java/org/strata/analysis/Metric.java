package org.strata.analysis;

/**
 * One number the documents quote: a row of {@code metrics.csv}
 * ({@code area_code,area_name,period,category,taxonomy,measure,value}).
 */
public record Metric(
    String areaCode,
    String areaName,
    String period,
    String category,
    String taxonomy,
    String measure,
    double value) {}
