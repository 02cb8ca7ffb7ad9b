package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.SurveyResult;
import org.strata.reference.Taxonomy;

/**
 * Every survey measure of the latest year that the perception findings do not already report:
 * measures other than concern (feeling safe, expecting to become a victim …) and concern topics
 * that map to no recorded category, each with the previous year's value of the same topic and
 * measure when the survey has one. Nothing loaded is left unsaid.
 */
final class SurveyFindings {
  private final AnalysisSettings settings;

  SurveyFindings(AnalysisSettings settings) {
    this.settings = settings;
  }

  List<Finding.SurveyMeasure> findings(List<SurveyResult> survey, List<CategoryRow> rows, Taxonomy primary,
      Observation subject) {
    int year = SurveyConcern.latestYear(survey);
    List<Finding.SurveyMeasure> out = new ArrayList<>();
    for (SurveyResult s : survey) {
      if (s.year() != year) {
        continue;
      }
      boolean judged = SurveyConcern.isConcern(s) && SurveyConcern.latest(survey).contains(s)
          && PerceptionGap.mapped(s.topic(), rows, primary, SurveyConcern.categories(settings.surveyTopics(), s.topic()))
              .isPresent();
      if (judged) {
        continue;
      }
      List<String> cav = new ArrayList<>();
      if (s.base() != null && s.base() < 100) {
        cav.add("survey base under 100 respondents");
      }
      out.add(new Finding.SurveyMeasure(Findings.subject(subject, s.topic(), null), s, previous(survey, s).orElse(null),
          wording(s), cav));
    }
    out.sort(java.util.Comparator.comparing((Finding.SurveyMeasure f) -> SurveyConcern.isConcern(f.result()))
        .thenComparing(f -> -f.result().value()));
    return out;
  }

  /**
   * What respondents said, as a verb phrase after "22% of respondents": the config's wording for
   * the measure, else one made from its name ("expect to become a victim of crime", "feel safe").
   */
  String wording(SurveyResult s) {
    String m = s.measure().toLowerCase(Locale.ROOT);
    String declared = settings.surveyMeasures().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(s.measure())).map(java.util.Map.Entry::getValue).findFirst().orElse(null);
    if (declared != null) {
      return declared;
    }
    if (m.contains("victim")) {
      return "expect to become a victim of crime";
    }
    if (m.contains("safe")) {
      return m.contains("dark") || m.contains("night") ? "feel safe after dark" : "feel safe";
    }
    if (SurveyConcern.isConcern(s)) {
      return "name it a priority";
    }
    return "answered \"" + m.replaceAll("_pct$", "").replace('_', ' ') + "\"";
  }

  private static Optional<SurveyResult> previous(List<SurveyResult> survey, SurveyResult s) {
    return survey.stream()
        .filter(x -> x.year() < s.year() && x.topic().equalsIgnoreCase(s.topic())
            && x.measure().toLowerCase(Locale.ROOT).equals(s.measure().toLowerCase(Locale.ROOT)))
        .max(java.util.Comparator.comparingInt(SurveyResult::year));
  }
}
