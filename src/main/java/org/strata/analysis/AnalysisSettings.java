package org.strata.analysis;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Period;

/**
 * The analyst's choices for one assessment, usually read from {@code assessment.yaml}: baseline,
 * strategic priorities, stakeholder notes, survey topic mapping, priority weights and thresholds.
 *
 * @param similarBand a rate within this fraction of a comparator's counts as similar (0.05 = ±5%)
 * @param weights priority-matrix weight per criterion ({@code volume}, {@code rate}, {@code trend},
 *     {@code harm}, {@code concern}, {@code alignment})
 * @param surveyTopics survey topic → category name it speaks to
 */
public record AnalysisSettings(
    @Nullable Period baseline,
    List<String> pccPriorities,
    List<String> policePriorities,
    List<StakeholderNote> stakeholderTopics,
    Map<String, String> surveyTopics,
    Map<String, Double> weights,
    double similarBand,
    int smallCount,
    double alpha,
    boolean synthetic) {
  /** Copies the collections. */
  public AnalysisSettings {
    pccPriorities = List.copyOf(pccPriorities);
    policePriorities = List.copyOf(policePriorities);
    stakeholderTopics = List.copyOf(stakeholderTopics);
    surveyTopics = Map.copyOf(surveyTopics);
    weights = Map.copyOf(weights);
  }

  /** The defaults documented in docs/method.md. */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(
        null,
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        Map.of("volume", 1.0, "rate", 1.0, "trend", 1.0, "harm", 1.0, "concern", 1.0, "alignment", 1.0),
        0.05,
        PoissonTest.SMALL_COUNT,
        PoissonTest.ALPHA,
        false);
  }

  /** A topic stakeholders raised: what, their words, and how many mentioned it. */
  public record StakeholderNote(String topic, String text, int mentions, @Nullable String category) {}
}
