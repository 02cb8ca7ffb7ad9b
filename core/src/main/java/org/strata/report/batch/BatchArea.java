package org.strata.report.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.Assessment;
import org.strata.analysis.Metric;

/**
 * One area of a batch as its index and summary need it: the area, why it failed (null when it did
 * not), and the metrics its report quotes. The headline figures are read from those metrics, so an
 * area resumed from an earlier run shows the same numbers as one assessed now.
 *
 * @param taxonomy the taxonomy of the headline ({@code ons} or {@code police_uk})
 * @param totalCategory the all-crime category in that taxonomy
 * @param forceCode the police force area the comparator rows name, or empty
 * @param failure the reason the area has no report, or null
 */
public record BatchArea(
    String code, String name, String taxonomy, String totalCategory, String forceCode, String period,
    @Nullable String failure, List<Metric> metrics) {
  /** Copies the metrics. */
  public BatchArea {
    Objects.requireNonNull(code, "code");
    metrics = List.copyOf(metrics);
  }

  /** An area assessed now. */
  public static BatchArea of(Assessment a, String forceCode) {
    return new BatchArea(a.areaCode(), a.areaName(), a.taxonomy().key(), a.totalCategory(), forceCode, a.period(), null,
        a.metrics());
  }

  /** An area that failed, with the reason. */
  public static BatchArea failed(String code, String name, String reason) {
    return new BatchArea(code, name, "", "", "", "", reason, List.of());
  }

  /** True when the area has a report. */
  public boolean ok() {
    return failure == null;
  }

  /** The area's all-crime rate per 1,000 residents, if the report has one. */
  public OptionalDouble rate() {
    return value(code, totalCategory, "rate_per_1000");
  }

  /** The all-crime rate of the area's police force area, if the report has one. */
  public OptionalDouble forceRate() {
    return value(forceCode, totalCategory, "rate_per_1000");
  }

  /**
   * The force's rate for a category: as the report states it, else from the area's rate and its
   * comparator ratio (the area's rate ÷ the force's).
   */
  public OptionalDouble forceRate(String category) {
    OptionalDouble stated = value(forceCode, category, "rate_per_1000");
    if (stated.isPresent()) {
      return stated;
    }
    OptionalDouble rate = value(code, category, "rate_per_1000");
    OptionalDouble ratio = value(code, category, "comparator_ratio");
    return rate.isPresent() && ratio.isPresent() && ratio.getAsDouble() > 0
        ? OptionalDouble.of(rate.getAsDouble() / ratio.getAsDouble()) : OptionalDouble.empty();
  }

  /** The % change of all crime on the same months a year earlier, if known. */
  public OptionalDouble change() {
    return value(code, totalCategory, "change_pct_vs_previous");
  }

  /** The area's count of all crime, if known. */
  public OptionalDouble count() {
    return value(code, totalCategory, "count");
  }

  /**
   * One of the area's (or a comparator's) values by category and measure in the headline taxonomy,
   * for the assessed period (the metrics also hold the earlier years of the series).
   */
  public OptionalDouble value(String area, String category, String measure) {
    return metrics.stream()
        .filter(m -> m.areaCode().equals(area) && m.taxonomy().equals(taxonomy) && m.period().equals(period)
            && m.category().equals(category) && m.measure().equals(measure))
        .mapToDouble(Metric::value)
        .findFirst();
  }

  /** The categories of the priority matrix, highest first, at most {@code n}. */
  public List<String> topPriorities(int n) {
    return metrics.stream()
        .filter(m -> m.areaCode().equals(code) && m.measure().equals("priority_rank"))
        .sorted(Comparator.comparingDouble(Metric::value))
        .limit(n)
        .map(Metric::category)
        .toList();
  }
}
