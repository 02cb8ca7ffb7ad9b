package org.strata.cli.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.AnalysisSettings;
import org.strata.reference.Period;

/**
 * An assessment config ({@code assessment.yaml}) as read: what to assess, the analyst's settings,
 * and the presentation the report uses. Documented with a worked example in {@code
 * docs/assessment.example.yaml}; read with {@link AssessmentConfigReader}.
 *
 * @param area district or CSP name or code; null when given on the command line
 * @param period the assessment period; null when given on the command line
 * @param harmWeights a user's harm weights table (CSV), resolved against the config's folder
 * @param settings the analysis settings the config makes (baseline, peers, priorities, survey
 *     mapping, stakeholder notes, weights, thresholds, presentation)
 */
public record AssessmentConfig(
    @Nullable String area,
    @Nullable Period period,
    @Nullable Path harmWeights,
    AnalysisSettings settings) {
  /** The organisation named on the cover, if any. */
  public @Nullable String organisation() {
    return settings.presentation().organisation();
  }

  /** The logo file, resolved against the config's folder, if any. */
  public @Nullable String logo() {
    return settings.presentation().logo();
  }

  /** Markdown by section id that replaces or extends the report's own text. */
  public Map<String, String> sections() {
    return settings.presentation().sections();
  }

  /** The Police and Crime Commissioner's priorities. */
  public List<String> pccPriorities() {
    return settings.pccPriorities();
  }

  /** The police's priorities. */
  public List<String> policePriorities() {
    return settings.policePriorities();
  }

  /** An empty config: defaults everywhere. */
  public static AssessmentConfig empty() {
    return new AssessmentConfig(null, null, null, AnalysisSettings.defaults());
  }
}
