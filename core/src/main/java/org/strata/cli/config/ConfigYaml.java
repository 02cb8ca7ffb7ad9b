package org.strata.cli.config;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The YAML shape of {@code assessment.yaml}, as Jackson binds it; unknown keys are refused. {@code
 * peers} is a list of areas or {@code {areas: [...], count: N}}; priorities and survey topics may
 * also be given at the top level. {@code areas} maps an area (code or name) to a section of the same
 * keys that overrides the rest of the file for that area ({@link ConfigSections}).
 */
record ConfigYaml(
    @Nullable String area,
    @Nullable String period,
    @Nullable String baseline,
    @JsonProperty("population_year") @Nullable String populationYear,
    @Nullable Object peers,
    @Nullable String organisation,
    @Nullable String logo,
    @JsonProperty("strategic_context") @Nullable Context strategicContext,
    @JsonProperty("pcc_priorities") @Nullable List<Object> pccPriorities,
    @JsonProperty("police_priorities") @Nullable List<Object> policePriorities,
    @Nullable Survey survey,
    @JsonProperty("survey_topics") @Nullable Map<String, Object> surveyTopics,
    @JsonAlias("stakeholder_notes") @Nullable List<Stakeholder> stakeholders,
    @Nullable Map<String, Double> weights,
    @JsonProperty("harm_weights") @Nullable String harmWeights,
    @Nullable Thresholds thresholds,
    @Nullable Map<String, String> sections,
    @JsonProperty("partnership_plan") @Nullable List<PlanAction> partnershipPlan,
    @Nullable Map<String, String> why,
    @JsonProperty("substance_misuse") @Nullable List<Figure> substanceMisuse,
    @Nullable List<Figure> reoffending,
    @Nullable Disclosure disclosure,
    @Nullable Map<String, @Nullable ConfigYaml> areas) {

  /** Disclosure control of local (partner) counts. */
  record Disclosure(@JsonProperty("min_count") @Nullable Integer minCount) {}

  /** One action of the previous partnership plan. */
  record PlanAction(
      String action, @Nullable String owner, String status, @Nullable String evidence, @Nullable String priority) {}

  /** A local figure: treatment or reoffending, as the partnership has it. */
  record Figure(String measure, String value, @Nullable String period, @Nullable String source) {}

  /** PCC and police priorities: each a text, or a text with the categories it covers. */
  record Context(
      @JsonProperty("pcc_priorities") @Nullable List<Object> pccPriorities,
      @JsonProperty("police_priorities") @Nullable List<Object> policePriorities) {}

  /**
   * Survey topic → recorded category or list of categories; measure → how a sentence words it.
   */
  record Survey(@Nullable Map<String, Object> topics, @Nullable Map<String, String> measures) {}

  /** A topic stakeholders raised. */
  record Stakeholder(String topic, @Nullable String text, @Nullable Integer mentions, @Nullable String category) {}

  /** Rule thresholds; each optional. */
  record Thresholds(
      @JsonProperty("similar_band") @Nullable Double similarBand,
      @JsonProperty("small_count") @Nullable Integer smallCount,
      @Nullable Double alpha,
      @JsonProperty("unusual_month_p") @Nullable Double unusualMonthP,
      @JsonProperty("control_months") @Nullable Integer controlMonths,
      @JsonProperty("perception_rank_gap") @Nullable Integer perceptionRankGap,
      @JsonProperty("emerging_small_count") @Nullable Integer emergingSmallCount,
      @JsonProperty("emerging_p") @Nullable Double emergingP,
      @JsonProperty("stakeholder_little_data") @Nullable Integer stakeholderLittleData) {}
}
