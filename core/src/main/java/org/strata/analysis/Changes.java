package org.strata.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * This assessment against last year's: where last year's priorities rank now, which categories
 * entered or left the top five, how rates changed (with an exact Poisson test) and what last
 * year's key messages said, each with the partnership's note on why, when the config gives one.
 *
 * @param source the previous assessment file
 * @param previousPeriod the period last year's assessment covered, as it wrote it
 */
public record Changes(
    String source,
    String previousPeriod,
    String previousPeriodReadable,
    List<PriorityMove> priorities,
    List<String> entering,
    List<String> leaving,
    List<RateChange> rates,
    List<String> previousMessages) {
  /** Copies the lists. */
  public Changes {
    priorities = List.copyOf(priorities);
    entering = List.copyOf(entering);
    leaving = List.copyOf(leaving);
    rates = List.copyOf(rates);
    previousMessages = List.copyOf(previousMessages);
  }

  /**
   * One of last year's ranked priorities and its rank now (null when this year's matrix does not
   * rank it), with the partnership's why-note or empty.
   */
  public record PriorityMove(String category, int previousRank, @Nullable Integer rankNow, String why) {}

  /**
   * A category's rate last year (as last year's assessment gave it) and now, the % change and the
   * test of the counts with populations as exposures.
   */
  public record RateChange(
      String category,
      String taxonomy,
      long previousCount,
      long count,
      @Nullable Double previousRate,
      @Nullable Double rate,
      @Nullable Double changePct,
      Significance significance,
      String why) {}
}
