package org.strata.ingest.survey;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One survey result: the area (resolved to its GSS code), year, topic, measure, value and the
 * number of respondents behind it, e.g. 37% of 1,200 name anti-social behaviour as a priority.
 *
 * @param measure what the value is, e.g. {@code priority_pct} or {@code worried_pct}
 * @param base respondents behind the value, null when not given
 */
public record SurveyRow(
    String areaCode,
    int year,
    String topic,
    String measure,
    double value,
    @Nullable Integer base,
    long line) {
  /** Validates the row. */
  public SurveyRow {
    Objects.requireNonNull(areaCode, "areaCode");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(measure, "measure");
  }
}
