package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Taxonomy;
import org.strata.store.Observation;

/**
 * Emerging issues: a category rising significantly while most categories fall ({@code
 * rising_against_trend}); a small-count category or local flag (knife crime, hate crime …) whose
 * rise has a p-value below the emerging threshold ({@code small_but_rising}); and a topic
 * stakeholders raised that the recorded data barely shows ({@code raised_by_stakeholders}).
 */
final class EmergingIssues {
  private final AnalysisSettings settings;

  EmergingIssues(AnalysisSettings settings) {
    this.settings = settings;
  }

  List<Finding> findings(List<CategoryRow> rows, Taxonomy primary, Observation subject) {
    AnalysisSettings.Thresholds t = settings.thresholds();
    List<Finding> out = new ArrayList<>();
    List<CategoryRow> mine = rows.stream()
        .filter(r -> r.taxonomy().equals(primary.key()) && r.parent() != null && r.vsPrevious() != null)
        .toList();
    long falling = mine.stream().filter(r -> r.count() < r.previousCount()).count();
    boolean mostFall = falling * 2 > mine.size();
    List<CategoryRow> tested = rows.stream()
        .filter(r -> r.vsPrevious() != null && (r.parent() != null || r.level().equals("flag") || r.level().equals("incident")))
        .toList();
    for (CategoryRow r : tested) {
      boolean up = r.count() > r.previousCount();
      boolean against = mostFall && up && r.vsPrevious().significant() && r.taxonomy().equals(primary.key());
      boolean smallRise = up && r.count() < t.emergingSmallCount() && r.vsPrevious().pValue() < t.emergingP();
      if (!against && !smallRise) {
        continue;
      }
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("count", r.count());
      n.put("previous_count", r.previousCount());
      n.put("change_pct_vs_previous", r.changePctVsPrevious() == null ? null : Findings.round(r.changePctVsPrevious()));
      n.put("p_value", Findings.round4(r.vsPrevious().pValue()));
      n.put("categories_falling", falling);
      n.put("categories", mine.size());
      List<String> cav = new ArrayList<>();
      if (r.vsPrevious().volatile_()) {
        cav.add("small numbers: watch rather than conclude");
      }
      if (!r.vsPrevious().significant()) {
        cav.add("not significant at the " + settings.alpha() + " level");
      }
      out.add(finding(subject, r.category(), r.taxonomy(), n,
          "previous_period", against ? "rising_against_trend" : "small_but_rising", r.vsPrevious(), cav));
    }
    for (AnalysisSettings.StakeholderNote note : settings.stakeholderTopics()) {
      Optional<CategoryRow> row = note.category() == null ? Optional.empty()
          : rows.stream().filter(r -> r.category().equalsIgnoreCase(note.category())).findFirst();
      long recorded = row.map(CategoryRow::count).orElse(0L);
      if (recorded >= t.stakeholderLittleData()) {
        continue;
      }
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("topic", note.topic());
      n.put("mentions", note.mentions());
      n.put("recorded_category", note.category());
      n.put("recorded_count", row.isPresent() ? recorded : null);
      n.put("text", note.text());
      out.add(finding(subject, note.topic(), row.map(CategoryRow::taxonomy).orElse("stakeholder"), n,
          null, "raised_by_stakeholders", null,
          List.of(row.isPresent() ? "little recorded data: stakeholder evidence carries the finding"
              : "no recorded data: stakeholder evidence only")));
    }
    return out;
  }

  private static Finding finding(Observation subject, String category, String taxonomy,
      Map<String, Object> n, @Nullable String comparator, String direction, @Nullable Significance s,
      List<String> caveats) {
    return new Finding("emerging_issue", subject.counts().area().code(), subject.counts().area().name(),
        category, taxonomy, subject.counts().period().label(), n, comparator, direction, s, caveats);
  }
}
