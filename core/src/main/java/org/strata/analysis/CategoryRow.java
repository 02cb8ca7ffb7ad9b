package org.strata.analysis;

import org.jspecify.annotations.Nullable;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Taxonomy;

/**
 * One offence category of the subject area in the assessment period: count, rate, shares, change
 * against the previous and baseline periods with significance, and the force's rate beside it.
 *
 * @param trend the one judgement of the change on the previous period, null without one
 * @param small true when the count is too small for changes to be read as real (see method)
 * @param vsBaseline significance of the change against the baseline period, null without one
 */
public record CategoryRow(
    String category,
    Taxonomy taxonomy,
    OffenceLevel level,
    @Nullable String parent,
    long count,
    @Nullable Double ratePer1000,
    @Nullable Double shareOfTotal,
    @Nullable Double shareOfParent,
    @Nullable Long previousCount,
    @Nullable Double changePctVsPrevious,
    @Nullable Judgement trend,
    @Nullable Long baselineCount,
    @Nullable Double changePctVsBaseline,
    @Nullable Double forceRate,
    boolean small,
    @Nullable Significance vsBaseline) {
  /** The test of the change on the previous period, null without one. */
  public @Nullable Significance vsPrevious() {
    return trend == null ? null : trend.significance();
  }

  /** The subject this row is about, in an area and period. */
  Subject subject(String areaCode, String areaName, String period) {
    return new Subject(areaCode, areaName, category, taxonomy, period);
  }
}
