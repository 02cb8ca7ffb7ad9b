package org.strata.analysis;

import java.util.List;
import org.strata.reference.Taxonomy;

/**
 * A category's place in the priority matrix: total score, rank, each criterion's score and the
 * reason behind it.
 */
public record PriorityRow(
    int rank, String category, Taxonomy taxonomy, double score, List<PriorityScore> scores) {
  /** Copies the list. */
  public PriorityRow {
    scores = List.copyOf(scores);
  }

  /**
   * One criterion's contribution: name, score 0–3, weight, and why.
   *
   * @param neutral true when the criterion could not be judged (no previous period, difference
   *     not significant) and was given the middle score
   */
  public record PriorityScore(String criterion, double score, double weight, String reason, boolean neutral) {
    /** True when the criterion is evidence for the category: judged, and at least mid-scale. */
    public boolean supports() {
      return !neutral && score >= 1.5;
    }
  }
}
