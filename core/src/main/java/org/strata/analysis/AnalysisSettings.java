package org.strata.analysis;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Period;
import org.strata.reference.PopulationYear;

/**
 * The analyst's choices for one assessment, usually read from {@code assessment.yaml}: baseline,
 * peers, strategic priorities, stakeholder notes, survey topic mapping, priority weights,
 * thresholds and the presentation the report uses. Immutable; build one with {@link #builder()}.
 *
 * @param similarBand a rate within this fraction of a comparator's counts as similar (0.05 = ±5%)
 * @param weights priority-matrix weight per criterion ({@code volume}, {@code rate}, {@code trend},
 *     {@code harm}, {@code concern}, {@code alignment})
 * @param surveyTopics survey topic → the categories it speaks to (an ONS and a police.uk one, say)
 * @param surveyMeasures survey measure → how a sentence words it ("expect to become a victim of
 *     crime"); measures not listed are worded from their name
 * @param peers codes of the peer areas; empty to choose the {@code peerCount} most similar
 * @param peerCount how many peers to choose when {@code peers} is empty (0: no peer group)
 * @param thresholds the rules' thresholds (see {@link Thresholds})
 * @param priorityCategories PCC or police priority text → the categories it covers, for
 *     priorities whose words do not name a category
 * @param localInputs the partnership plan, why-notes and local treatment and reoffending figures
 * @param populationYear which mid-year estimate divides each period's counts
 * @param disclosureMinCount local (partner) counts below this are published only as "fewer than N"
 */
public record AnalysisSettings(
    @Nullable Period baseline,
    List<String> pccPriorities,
    List<String> policePriorities,
    List<StakeholderNote> stakeholderTopics,
    Map<String, List<String>> surveyTopics,
    Map<String, String> surveyMeasures,
    Map<String, Double> weights,
    double similarBand,
    int smallCount,
    double alpha,
    boolean synthetic,
    List<String> peers,
    int peerCount,
    Thresholds thresholds,
    Presentation presentation,
    Map<String, List<String>> priorityCategories,
    LocalInputs localInputs,
    PopulationYear populationYear,
    int disclosureMinCount) {
  /** The default threshold below which local (partner) counts are not published. */
  public static final int DISCLOSURE_MIN_COUNT = 5;

  /** The default weight of every priority criterion. */
  public static final Map<String, Double> DEFAULT_WEIGHTS =
      Map.of("volume", 1.0, "rate", 1.0, "trend", 1.0, "harm", 1.0, "concern", 1.0, "alignment", 1.0);

  /** Copies the collections. */
  public AnalysisSettings {
    pccPriorities = List.copyOf(pccPriorities);
    policePriorities = List.copyOf(policePriorities);
    stakeholderTopics = List.copyOf(stakeholderTopics);
    surveyTopics = Map.copyOf(surveyTopics);
    surveyMeasures = Map.copyOf(surveyMeasures);
    weights = Map.copyOf(weights);
    peers = List.copyOf(peers);
    priorityCategories = Map.copyOf(priorityCategories);
    if (disclosureMinCount < 1) {
      throw new IllegalArgumentException("disclosure: min_count: expected a whole number of 1 or more, found " + disclosureMinCount);
    }
    if (peerCount < 0) {
      throw new IllegalArgumentException("peerCount must be >= 0, was " + peerCount);
    }
  }

  /** The defaults documented in docs/method.md. */
  public static AnalysisSettings defaults() {
    return builder().build();
  }

  /** A builder holding the defaults. */
  public static AnalysisSettingsBuilder builder() {
    return new AnalysisSettingsBuilder();
  }

  /** A builder holding these settings. */
  public AnalysisSettingsBuilder toBuilder() {
    return new AnalysisSettingsBuilder(this);
  }

  /**
   * A topic stakeholders raised: what, their words, how many mentioned it, and the recorded
   * category (any taxonomy, local flags included) that would show it, if any.
   */
  public record StakeholderNote(String topic, String text, int mentions, @Nullable String category) {}

  /**
   * Thresholds of the rules that turn statistics into findings.
   *
   * @param unusualMonthP one-sided Poisson probability below which the latest month is unusual
   *     (0.00135, the tail beyond three standard deviations of a normal distribution)
   * @param controlMonths how many months before the latest form its expected level
   * @param perceptionRankGap places between concern rank and prevalence rank that make a gap
   * @param emergingSmallCount counts below this are "small" for the emerging-issue rule
   * @param emergingP p-value below which a small-count rise is reported as emerging
   * @param stakeholderLittleData a stakeholder topic whose category has fewer recorded incidents
   *     than this is reported as having little recorded data
   */
  public record Thresholds(
      double unusualMonthP,
      int controlMonths,
      int perceptionRankGap,
      int emergingSmallCount,
      double emergingP,
      int stakeholderLittleData) {
    /** The defaults documented in docs/method.md. */
    public static Thresholds defaults() {
      return new Thresholds(0.00135, 24, 3, 100, 0.10, 20);
    }
  }

  /**
   * What the report shows beside the numbers: the organisation and logo on the cover and Markdown
   * text that replaces or extends a section, by section id.
   *
   * @param logo path of the logo image as written in the config, resolved against its folder
   */
  public record Presentation(
      @Nullable String organisation, @Nullable String logo, Map<String, String> sections) {
    /** Copies the map. */
    public Presentation {
      sections = Map.copyOf(sections);
    }

    /** No organisation, no logo, no section text. */
    public static Presentation none() {
      return new Presentation(null, null, Map.of());
    }
  }
}
