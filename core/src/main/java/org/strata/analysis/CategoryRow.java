package org.strata.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One offence category of the subject area in the assessment period: count, rate, shares, change
 * against the previous and baseline periods with significance, and the force's rate beside it.
 *
 * @param small true when the count is too small for changes to be read as real (see method)
 * @param vsBaseline significance of the change against the baseline period, null without one
 */
public record CategoryRow(
    String category,
    String taxonomy,
    String level,
    @Nullable String parent,
    long count,
    @Nullable Double ratePer1000,
    @Nullable Double shareOfTotal,
    @Nullable Double shareOfParent,
    @Nullable Long previousCount,
    @Nullable Double changePctVsPrevious,
    @Nullable Significance vsPrevious,
    @Nullable Long baselineCount,
    @Nullable Double changePctVsBaseline,
    @Nullable Double forceRate,
    boolean small,
    @Nullable Significance vsBaseline) {
  /** A row without a baseline test, as earlier builds made. */
  public CategoryRow(
      String category, String taxonomy, String level, @Nullable String parent, long count,
      @Nullable Double ratePer1000, @Nullable Double shareOfTotal, @Nullable Double shareOfParent,
      @Nullable Long previousCount, @Nullable Double changePctVsPrevious,
      @Nullable Significance vsPrevious, @Nullable Long baselineCount,
      @Nullable Double changePctVsBaseline, @Nullable Double forceRate, boolean small) {
    this(category, taxonomy, level, parent, count, ratePer1000, shareOfTotal, shareOfParent,
        previousCount, changePctVsPrevious, vsPrevious, baselineCount, changePctVsBaseline,
        forceRate, small, null);
  }
}
