package org.strata.analysis;

import org.jspecify.annotations.Nullable;

/**
 * What disclosure control prints instead of a local (partner) row's withheld counts: "fewer than
 * N" for a count below the threshold, "suppressed" for one withheld only because it would let a
 * smaller one be recovered by subtraction. Last year's count, the change and its test are always
 * withheld from a suppressed row; this year's count only when {@code count} is not null.
 *
 * @param minCount the threshold in force (config {@code disclosure: min_count})
 * @param count what is shown for this year's count, null when it is published
 * @param previous what is shown for last year's count
 */
public record Suppression(int minCount, @Nullable String count, String previous) {
  /** The texts for a row's counts: {@code now} and {@code before} null when there was none. */
  static Suppression of(int minCount, boolean countWithheld, @Nullable Long now, @Nullable Long before) {
    return new Suppression(minCount, countWithheld ? shown(minCount, now) : null, shown(minCount, before));
  }

  private static String shown(int minCount, @Nullable Long n) {
    return n != null && n < minCount ? "fewer than " + minCount : "suppressed";
  }
}
