package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.reference.Taxonomy;

/**
 * Emerging issues: categories rising significantly while most fall, small-count categories with a
 * significant rise, and topics stakeholders raised that the recorded data barely shows.
 */
final class EmergingIssues {
  private final AnalysisSettings settings;

  EmergingIssues(AnalysisSettings settings) {
    this.settings = settings;
  }

  List<Finding> findings(List<CategoryRow> rows, Taxonomy primary, List<AnalysisSettings.StakeholderNote> notes) {
    List<Finding> out = new ArrayList<>();
    List<CategoryRow> mine = rows.stream().filter(r -> r.taxonomy().equals(primary.key()) && r.parent() != null && r.vsPrevious() != null).toList();
    long falling = mine.stream().filter(r -> r.changePctVsPrevious() != null && r.changePctVsPrevious() < 0).count();
    boolean mostFall = falling * 2 > mine.size();
    for (CategoryRow r : mine) {
      boolean rising = r.vsPrevious().significant() && r.count() > r.previousCount();
      boolean smallRise = r.count() < settings.smallCount() * 5 && r.previousCount() != null && r.count() > r.previousCount() && r.vsPrevious().pValue() < 0.1;
      if ((rising && mostFall) || smallRise) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("count", r.count());
        n.put("previous_count", r.previousCount());
        n.put("change_pct_vs_previous", r.changePctVsPrevious() == null ? null : Findings.round(r.changePctVsPrevious()));
        n.put("p_value", Findings.round4(r.vsPrevious().pValue()));
        n.put("categories_falling", falling);
        n.put("categories", mine.size());
        out.add(new Finding("emerging_issue", "", "", r.category(), r.taxonomy(), "", n, null,
            rising && mostFall ? "rising_against_trend" : "small_but_rising", r.vsPrevious(),
            r.vsPrevious().volatile_() ? List.of("small numbers") : List.of()));
      }
    }
    for (AnalysisSettings.StakeholderNote note : notes) {
      Long recorded = note.category() == null ? null
          : rows.stream().filter(r -> r.category().equalsIgnoreCase(note.category())).map(CategoryRow::count).findFirst().orElse(0L);
      if (recorded == null || recorded < settings.smallCount()) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("topic", note.topic());
        n.put("mentions", note.mentions());
        n.put("recorded_count", recorded);
        n.put("text", note.text());
        out.add(new Finding("emerging_issue", "", "", note.topic(), "stakeholder", "", n, null,
            "raised_by_stakeholders", null, List.of("little or no recorded data: stakeholder evidence only")));
      }
    }
    return out;
  }
}
