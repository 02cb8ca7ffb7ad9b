package org.strata.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.strata.analysis.input.SurveyResult;

/**
 * Which survey results measure concern, and which categories each speaks to. A result measures
 * concern when its measure names a priority, a problem, a worry or a concern ({@code
 * priority_pct}, {@code problem_pct}, {@code worried_pct}); only the latest survey year is used. A
 * topic maps to one or more categories (an ONS and a police.uk one, say) through the config's
 * survey mapping, else to the category of its own name.
 */
final class SurveyConcern {
  private SurveyConcern() {}

  static boolean isConcern(SurveyResult s) {
    String m = s.measure().toLowerCase(Locale.ROOT);
    return m.contains("priority") || m.contains("problem") || m.contains("worr") || m.contains("concern");
  }

  /** The latest year any result has, 0 without results. */
  static int latestYear(List<SurveyResult> survey) {
    return survey.stream().mapToInt(SurveyResult::year).max().orElse(0);
  }

  /** Concern results of the latest year, highest value first (one per topic). */
  static List<SurveyResult> latest(List<SurveyResult> survey) {
    int year = survey.stream().filter(SurveyConcern::isConcern).mapToInt(SurveyResult::year).max().orElse(0);
    Map<String, SurveyResult> best = new LinkedHashMap<>();
    survey.stream()
        .filter(s -> s.year() == year && isConcern(s))
        .sorted(Comparator.comparingDouble(SurveyResult::value).reversed().thenComparing(SurveyResult::topic))
        .forEach(s -> best.putIfAbsent(s.topic().toLowerCase(Locale.ROOT), s));
    return List.copyOf(best.values());
  }

  static double max(List<SurveyResult> survey) {
    return latest(survey).stream().mapToDouble(SurveyResult::value).max().orElse(0);
  }

  /** The categories a topic speaks to: the mapping's, else the topic's own name. */
  static List<String> categories(Map<String, List<String>> mapping, String topic) {
    return mapping.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(topic))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(List.of(topic));
  }

  static Optional<SurveyResult> find(List<SurveyResult> survey, Map<String, List<String>> mapping, String category) {
    return latest(survey).stream()
        .filter(s -> categories(mapping, s.topic()).stream().anyMatch(c -> c.equalsIgnoreCase(category)))
        .findFirst();
  }
}
