package org.strata.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.store.Observation;
import org.strata.store.SurveyResult;

/**
 * Compares what residents say worries them with what is recorded: concern rank (share naming a
 * topic as a priority) against prevalence rank (count) of the category the topic maps to. A gap of
 * three or more places, or concern about a category that is falling, is a finding.
 */
final class PerceptionGap {
  private final AnalysisSettings settings;

  PerceptionGap(AnalysisSettings settings) {
    this.settings = settings;
  }

  List<Finding> findings(List<SurveyResult> survey, List<CategoryRow> rows, Observation subject) {
    List<Finding> out = new ArrayList<>();
    int latest = survey.stream().mapToInt(SurveyResult::year).max().orElse(0);
    List<SurveyResult> concern =
        survey.stream()
            .filter(s -> s.year() == latest && s.measure().toLowerCase(java.util.Locale.ROOT).contains("priority"))
            .sorted(Comparator.comparingDouble(SurveyResult::value).reversed())
            .toList();
    List<CategoryRow> byCount =
        rows.stream().filter(r -> r.parent() != null).sorted(Comparator.comparingLong(CategoryRow::count).reversed()).toList();
    for (int i = 0; i < concern.size(); i++) {
      SurveyResult s = concern.get(i);
      String category = settings.surveyTopics().getOrDefault(s.topic(), s.topic());
      Optional<CategoryRow> row = rows.stream().filter(r -> r.category().equalsIgnoreCase(category)).findFirst();
      if (row.isEmpty()) {
        continue;
      }
      int prevalenceRank = byCount.indexOf(row.get()) + 1;
      int concernRank = i + 1;
      boolean falling = row.get().changePctVsPrevious() != null && row.get().changePctVsPrevious() < 0;
      boolean mismatch = prevalenceRank - concernRank >= 3 || (concernRank <= 2 && falling);
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("topic", s.topic());
      n.put("survey_year", s.year());
      n.put("concern_pct", s.value());
      n.put("base", s.base());
      n.put("concern_rank", concernRank);
      n.put("prevalence_rank", prevalenceRank);
      n.put("count", row.get().count());
      n.put("change_pct_vs_previous", row.get().changePctVsPrevious() == null ? null : Findings.round(row.get().changePctVsPrevious()));
      out.add(
          new Finding(
              "perception_gap", subject.counts().area().code(), subject.counts().area().name(),
              row.get().category(), row.get().taxonomy(), subject.counts().period().label(), n,
              "survey:" + s.topic(), mismatch ? "mismatch" : "consistent", null,
              s.base() != null && s.base() < 100 ? List.of("survey base under 100 respondents") : List.of()));
    }
    return out;
  }
}
