package org.strata.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.strata.store.SurveyResult;

/**
 * Which survey results measure concern, and which category each speaks to. A result measures
 * concern when its measure names a priority, a problem or worry ({@code priority_pct}, {@code
 * problem_pct}, {@code worried_pct}); only the latest survey year is used. A topic maps to a
 * category through the config's survey mapping, else by its own name.
 */
final class SurveyConcern {
  private SurveyConcern() {}

  static boolean isConcern(SurveyResult s) {
    String m = s.measure().toLowerCase(Locale.ROOT);
    return m.contains("priority") || m.contains("problem") || m.contains("worr") || m.contains("concern");
  }

  /** Concern results of the latest year, highest value first (one per topic). */
  static List<SurveyResult> latest(List<SurveyResult> survey) {
    int year = survey.stream().filter(SurveyConcern::isConcern).mapToInt(SurveyResult::year).max().orElse(0);
    java.util.Map<String, SurveyResult> best = new java.util.LinkedHashMap<>();
    survey.stream()
        .filter(s -> s.year() == year && isConcern(s))
        .sorted(Comparator.comparingDouble(SurveyResult::value).reversed().thenComparing(SurveyResult::topic))
        .forEach(s -> best.putIfAbsent(s.topic().toLowerCase(Locale.ROOT), s));
    return List.copyOf(best.values());
  }

  static double max(List<SurveyResult> survey) {
    return latest(survey).stream().mapToDouble(SurveyResult::value).max().orElse(0);
  }

  static String category(Map<String, String> mapping, String topic) {
    return mapping.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(topic))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(topic);
  }

  static Optional<SurveyResult> find(List<SurveyResult> survey, Map<String, String> mapping, String category) {
    return latest(survey).stream().filter(s -> category(mapping, s.topic()).equalsIgnoreCase(category)).findFirst();
  }
}
