package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strata.analysis.input.Observation;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Taxonomy;

/**
 * Emerging issues: a category rising significantly while most categories fall ({@code
 * RISING_AGAINST_TREND}); a small-count category or local flag (knife crime, hate crime …) whose
 * rise the row's judgement calls an early signal or significant ({@code SMALL_BUT_RISING}); and a
 * topic stakeholders raised that the recorded data barely show.
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
        .filter(r -> r.taxonomy() == primary && r.parent() != null && r.trend() != null)
        .toList();
    long falling = mine.stream().filter(r -> r.count() < r.previousCount()).count();
    boolean mostFall = falling * 2 > mine.size();
    // One source per subject: the primary taxonomy's categories, the local extract's, and ASB incidents.
    List<CategoryRow> tested = rows.stream()
        .filter(r -> r.trend() != null && (r.taxonomy() == primary && r.parent() != null
            || r.level() == OffenceLevel.FLAG || r.level() == OffenceLevel.INCIDENT))
        .toList();
    for (CategoryRow r : tested) {
      Judgement j = r.trend();
      boolean against = mostFall && j.direction() == Direction.UP && r.taxonomy() == primary;
      boolean smallRise = j.rising() && r.count() < t.emergingSmallCount();
      if (!against && !smallRise) {
        continue;
      }
      List<String> cav = new ArrayList<>();
      if (j.significance().volatile_()) {
        cav.add("small numbers: watch rather than conclude");
      }
      out.add(new Finding.EmergingIssue(Findings.subject(subject, r.category(), r.taxonomy()),
          against ? Finding.Emergence.RISING_AGAINST_TREND : Finding.Emergence.SMALL_BUT_RISING, r.count(),
          r.previousCount(), r.changePctVsPrevious(),
          j, falling, mine.size(), cav));
    }
    for (AnalysisSettings.StakeholderNote note : settings.stakeholderTopics()) {
      stakeholder(note, rows, subject).ifPresent(out::add);
    }
    return out;
  }

  /** True when the row is the category, or the local category a flag of that name was merged into. */
  static boolean names(CategoryRow r, String category) {
    String c = r.category().toLowerCase(java.util.Locale.ROOT);
    String want = category.toLowerCase(java.util.Locale.ROOT);
    return c.equals(want) || r.taxonomy() == Taxonomy.LOCAL && c.endsWith("(flagged " + want + ")");
  }

  private Optional<Finding> stakeholder(AnalysisSettings.StakeholderNote note, List<CategoryRow> rows, Observation subject) {
    Optional<CategoryRow> row = note.category() == null ? Optional.empty()
        : rows.stream().filter(r -> names(r, note.category())).findFirst();
    long recorded = row.map(CategoryRow::count).orElse(0L);
    if (recorded >= settings.thresholds().stakeholderLittleData()) {
      return Optional.empty();
    }
    return Optional.of(new Finding.StakeholderIssue(
        Findings.subject(subject, note.topic(), row.map(CategoryRow::taxonomy).orElse(null)),
        note.topic(), note.mentions(), note.category(), row.isPresent() ? recorded : null, note.text(),
        List.of(row.isPresent() ? "little recorded data: stakeholder evidence carries the finding"
            : "no recorded data: stakeholder evidence only")));
  }
}
