package org.strata.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.reference.Taxonomy;
import org.strata.store.Observation;
import org.strata.store.SurveyResult;

/**
 * Compares what residents say worries them with what is recorded. Each concern topic of the
 * latest survey year that maps to a recorded category gets a concern rank (by share naming it)
 * and a prevalence rank (by count among the categories of that taxonomy's groups and anti-social
 * behaviour). The two disagree ({@code mismatch}) when prevalence rank is at least the configured
 * gap below concern rank, or when a top-two concern is recorded falling significantly.
 */
final class PerceptionGap {
  private final AnalysisSettings settings;

  PerceptionGap(AnalysisSettings settings) {
    this.settings = settings;
  }

  List<Finding> findings(List<SurveyResult> survey, List<CategoryRow> rows, Observation subject, Taxonomy primary) {
    List<Finding> out = new ArrayList<>();
    List<Mapped> mapped = new ArrayList<>();
    for (SurveyResult s : SurveyConcern.latest(survey)) {
      String category = SurveyConcern.category(settings.surveyTopics(), s.topic());
      rows.stream()
          .filter(r -> r.category().equalsIgnoreCase(category))
          .min(Comparator.comparing(r -> r.taxonomy().equals(primary.key()) ? 0 : 1))
          .ifPresent(r -> mapped.add(new Mapped(s, r)));
    }
    for (int i = 0; i < mapped.size(); i++) {
      Mapped m = mapped.get(i);
      int concernRank = i + 1;
      int prevalenceRank = prevalenceRank(rows, m.row());
      CategoryRow r = m.row();
      boolean fallingSig = r.vsPrevious() != null && r.vsPrevious().significant() && r.count() < r.previousCount();
      boolean mismatch = prevalenceRank - concernRank >= settings.thresholds().perceptionRankGap()
          || (concernRank <= 2 && fallingSig);
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("topic", m.survey().topic());
      n.put("measure", m.survey().measure());
      n.put("survey_year", m.survey().year());
      n.put("concern_pct", m.survey().value());
      n.put("base", m.survey().base());
      n.put("concern_rank", concernRank);
      n.put("topics_ranked", mapped.size());
      n.put("prevalence_rank", prevalenceRank);
      n.put("count", r.count());
      n.put("rate_per_1000", r.ratePer1000() == null ? null : Findings.round(r.ratePer1000()));
      n.put("change_pct_vs_previous", r.changePctVsPrevious() == null ? null : Findings.round(r.changePctVsPrevious()));
      n.put("trend", r.vsPrevious() == null ? null : TrendFindings.direction(r.vsPrevious(), r.count(), r.previousCount()));
      List<String> cav = new ArrayList<>();
      if (m.survey().base() != null && m.survey().base() < 100) {
        cav.add("survey base under 100 respondents");
      }
      if (m.survey().base() == null) {
        cav.add("survey base not given");
      }
      out.add(new Finding("perception_gap", subject.counts().area().code(), subject.counts().area().name(),
          r.category(), r.taxonomy(), subject.counts().period().label(), n, "survey:" + m.survey().topic(),
          mismatch ? "mismatch" : "consistent", r.vsPrevious(), cav));
    }
    return out;
  }

  /** 1 for the most common of the row's taxonomy's groups (and anti-social behaviour). */
  static int prevalenceRank(List<CategoryRow> rows, CategoryRow row) {
    List<CategoryRow> peers = rows.stream()
        .filter(r -> r.taxonomy().equals(row.taxonomy()))
        .filter(r -> r == row || r.level().equals("group") || r.level().equals("incident") || r.level().equals("flag"))
        .sorted(Comparator.comparingLong(CategoryRow::count).reversed())
        .toList();
    return peers.indexOf(row) + 1;
  }

  private record Mapped(SurveyResult survey, CategoryRow row) {}
}
