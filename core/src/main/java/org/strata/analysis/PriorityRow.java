package org.strata.analysis;

import java.util.List;

/**
 * A category's place in the priority matrix: total score, rank, each criterion's score and the
 * reason behind it.
 */
public record PriorityRow(
    int rank, String category, String taxonomy, double score, List<PriorityScore> scores) {
  /** Copies the list. */
  public PriorityRow {
    scores = List.copyOf(scores);
  }

  /** One criterion's contribution: name, score 0–3, weight, and why. */
  public record PriorityScore(String criterion, double score, double weight, String reason) {}
}
