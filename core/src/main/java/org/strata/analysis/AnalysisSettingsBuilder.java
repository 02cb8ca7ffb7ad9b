package org.strata.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Period;
import org.strata.reference.PopulationYear;

/** Builds {@link AnalysisSettings}, starting from the defaults and checking each value. */
public final class AnalysisSettingsBuilder {
  private @Nullable Period baseline;
  private PopulationYear populationYear = PopulationYear.MIDPOINT;
  private List<String> pccPriorities = List.of();
  private List<String> policePriorities = List.of();
  private List<AnalysisSettings.StakeholderNote> stakeholderTopics = List.of();
  private Map<String, List<String>> surveyTopics = Map.of();
  private Map<String, String> surveyMeasures = Map.of();
  private Map<String, Double> weights = AnalysisSettings.DEFAULT_WEIGHTS;
  private double similarBand = 0.05;
  private int smallCount = PoissonTest.SMALL_COUNT;
  private double alpha = PoissonTest.ALPHA;
  private boolean synthetic;
  private int disclosureMinCount = AnalysisSettings.DISCLOSURE_MIN_COUNT;
  private List<String> peers = List.of();
  private int peerCount;
  private AnalysisSettings.Thresholds thresholds = AnalysisSettings.Thresholds.defaults();
  private AnalysisSettings.Presentation presentation = AnalysisSettings.Presentation.none();
  private Map<String, List<String>> priorityCategories = Map.of();
  private LocalInputs localInputs = LocalInputs.none();

  AnalysisSettingsBuilder() {}

  AnalysisSettingsBuilder(AnalysisSettings s) {
    baseline = s.baseline();
    populationYear = s.populationYear();
    pccPriorities = s.pccPriorities();
    policePriorities = s.policePriorities();
    stakeholderTopics = s.stakeholderTopics();
    surveyTopics = s.surveyTopics();
    surveyMeasures = s.surveyMeasures();
    weights = s.weights();
    similarBand = s.similarBand();
    smallCount = s.smallCount();
    alpha = s.alpha();
    synthetic = s.synthetic();
    disclosureMinCount = s.disclosureMinCount();
    peers = s.peers();
    peerCount = s.peerCount();
    thresholds = s.thresholds();
    presentation = s.presentation();
    priorityCategories = s.priorityCategories();
    localInputs = s.localInputs();
  }

  /** Sets the rule for which mid-year estimate divides each period (default: the midpoint's year). */
  public AnalysisSettingsBuilder populationYear(PopulationYear rule) {
    populationYear = rule;
    return this;
  }

  /** Sets the baseline period (null: the earliest year with data). */
  public AnalysisSettingsBuilder baseline(@Nullable Period p) {
    baseline = p;
    return this;
  }

  /** Sets the Police and Crime Commissioner's and the police's priorities. */
  public AnalysisSettingsBuilder priorities(List<String> pcc, List<String> police) {
    pccPriorities = pcc;
    policePriorities = police;
    return this;
  }

  /** Sets which categories each PCC or police priority covers (priority text → categories). */
  public AnalysisSettingsBuilder priorityCategories(Map<String, List<String>> map) {
    priorityCategories = map;
    return this;
  }

  /** Sets the stakeholder notes. */
  public AnalysisSettingsBuilder stakeholderTopics(List<AnalysisSettings.StakeholderNote> notes) {
    stakeholderTopics = notes;
    return this;
  }

  /** Sets the survey topic → category mapping. */
  public AnalysisSettingsBuilder surveyTopics(Map<String, List<String>> topics) {
    surveyTopics = topics;
    return this;
  }

  /** Sets how survey measures are worded (measure → "expect to become a victim of crime"). */
  public AnalysisSettingsBuilder surveyMeasures(Map<String, String> measures) {
    surveyMeasures = measures;
    return this;
  }


  /**
   * Replaces the weights of the criteria named; the others keep their default.
   *
   * @throws IllegalArgumentException if a criterion is unknown or a weight missing or negative.
   */
  public AnalysisSettingsBuilder weights(Map<String, Double> given) {
    Map<String, Double> w = new HashMap<>(AnalysisSettings.DEFAULT_WEIGHTS);
    for (var e : given.entrySet()) {
      if (!w.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "weight \"" + e.getKey() + "\": expected one of " + PriorityMatrix.CRITERIA);
      }
      if (e.getValue() == null || !(e.getValue() >= 0)) {
        throw new IllegalArgumentException("weight \"" + e.getKey() + "\": expected a number >= 0, found "
            + (e.getValue() == null ? "nothing" : e.getValue()));
      }
      w.put(e.getKey(), e.getValue());
    }
    weights = w;
    return this;
  }

  /** Sets the similarity band, the small-count limit and the significance level. */
  public AnalysisSettingsBuilder tests(double band, int small, double level) {
    if (!(band >= 0) || small < 0 || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "expected similar_band >= 0, small_count >= 0 and 0 < alpha < 1, found " + band + ", "
              + small + ", " + level);
    }
    similarBand = band;
    smallCount = small;
    alpha = level;
    return this;
  }

  /** Marks the data as synthetic (the demo). */
  public AnalysisSettingsBuilder synthetic(boolean s) {
    synthetic = s;
    return this;
  }

  /** Sets the peer areas, or how many to choose when the list is empty. */
  public AnalysisSettingsBuilder peers(List<String> codes, int count) {
    peers = codes;
    peerCount = count;
    return this;
  }

  /** Sets the rule thresholds. */
  public AnalysisSettingsBuilder thresholds(AnalysisSettings.Thresholds t) {
    thresholds = t;
    return this;
  }

  /** Sets the presentation (organisation, logo, section text). */
  public AnalysisSettingsBuilder presentation(AnalysisSettings.Presentation p) {
    presentation = p;
    return this;
  }

  /** Sets the disclosure threshold: local counts below it are published as "fewer than N". */
  public AnalysisSettingsBuilder disclosureMinCount(int n) {
    disclosureMinCount = n;
    return this;
  }

  /** Sets the partnership plan, why-notes and local treatment and reoffending figures. */
  public AnalysisSettingsBuilder localInputs(LocalInputs inputs) {
    localInputs = inputs;
    return this;
  }

  /** The settings. */
  public AnalysisSettings build() {
    return new AnalysisSettings(
        baseline, pccPriorities, policePriorities, stakeholderTopics, surveyTopics, surveyMeasures, weights,
        similarBand, smallCount, alpha, synthetic, peers, peerCount, thresholds, presentation,
        priorityCategories, localInputs, populationYear, disclosureMinCount);
  }
}
