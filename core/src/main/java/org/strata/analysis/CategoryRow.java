package org.strata.analysis;

import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Taxonomy;

/**
 * One offence category of the subject area in the assessment period: count, rate, shares, change
 * against the previous and baseline periods with significance, and the force's rate beside it.
 *
 * @param trend the one judgement of the change on the previous period, null without one
 * @param small true when the count is too small for changes to be read as real (see method)
 * @param count the count, null when disclosure control suppresses it (see {@code suppression})
 * @param vsBaseline significance of the change against the baseline period, null without one
 * @param suppression why the row's local counts are not published, null when they are
 */
public record CategoryRow(
    String category,
    Taxonomy taxonomy,
    OffenceLevel level,
    @Nullable String parent,
    @Nullable Long count,
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
    @Nullable Significance vsBaseline,
    @Nullable Suppression suppression) {
  /** True when disclosure control withholds the row's counts. */
  public boolean suppressed() {
    return suppression != null;
  }

  /** This year's count formatted, or what disclosure control shows instead ("fewer than 5"). */
  public String countText(LongFunction<String> format) {
    return count != null ? format.apply(count) : suppression == null ? "" : String.valueOf(suppression.count());
  }

  /** Last year's count formatted, {@code none} without one, or what disclosure control shows instead. */
  public String previousText(LongFunction<String> format, String none) {
    return suppression != null ? suppression.previous() : previousCount == null ? none : format.apply(previousCount);
  }

  /** The test of the change on the previous period, null without one. */
  public @Nullable Significance vsPrevious() {
    return trend == null ? null : trend.significance();
  }

  /** The subject this row is about, in an area and period. */
  Subject subject(String areaCode, String areaName, String period) {
    return new Subject(areaCode, areaName, category, taxonomy, period);
  }
}
