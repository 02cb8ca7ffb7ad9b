package org.strata.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What last year's assessment said, as read from its {@code assessment.json}: the area and period,
 * the ranked priorities, each category's count and rate, and the key messages.
 *
 * @param source the file it was read from, as the report cites it
 * @param population the population behind last year's rates, null when it had none
 */
public record PreviousAssessment(
    String source,
    String areaCode,
    String areaName,
    String period,
    String periodReadable,
    @Nullable Long population,
    List<Priority> priorities,
    List<Category> categories,
    List<String> keyMessages) {
  /** Copies the lists. */
  public PreviousAssessment {
    priorities = List.copyOf(priorities);
    categories = List.copyOf(categories);
    keyMessages = List.copyOf(keyMessages);
  }

  /** A ranked priority of last year's matrix. */
  public record Priority(int rank, String category) {}

  /** A category's count and rate last year, in its taxonomy. */
  public record Category(String category, String taxonomy, long count, @Nullable Double ratePer1000) {}
}
