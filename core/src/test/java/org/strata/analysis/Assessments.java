package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strata.analysis.input.Role;
import org.strata.reference.AreaLevel;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Taxonomy;

/** Small hand-made assessments for the statutory tests: categories and a ranking, nothing else. */
final class Assessments {
  static final String TOTAL = "Total recorded crime (excluding fraud)";

  private Assessments() {}

  /** Testborough (E07999001), 2024-25, 100,000 people; categories as name → count; ranked in the order given. */
  static Assessment of(Map<String, Long> counts, List<String> ranking, LocalInputs local) {
    List<CategoryRow> cats = new ArrayList<>();
    counts.forEach((name, n) -> cats.add(new CategoryRow(name,
        name.equals("Anti-social behaviour") ? Taxonomy.POLICE_UK : Taxonomy.ONS,
        name.equals(TOTAL) ? OffenceLevel.TOTAL : name.equals("Anti-social behaviour") ? OffenceLevel.INCIDENT : OffenceLevel.GROUP,
        null, n, n / 100.0, null, null, null, null, null, null, null, null, n < 20, null, null)));
    List<PriorityRow> priorities = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      priorities.add(new PriorityRow(i + 1, ranking.get(i), Taxonomy.ONS, 10 - i, List.of()));
    }
    StrategicContext context = new StrategicContext(List.of(), List.of(), List.of(),
        AnalysisSettings.Presentation.none(), local);
    List<RateRow> headline = List.of(new RateRow(Role.SUBJECT, "E07999001", "Testborough", TOTAL, Taxonomy.ONS,
        counts.getOrDefault(TOTAL, 0L), 100_000L, counts.getOrDefault(TOTAL, 0L) / 100.0, false, ""));
    return new Assessment("E07999001", "Testborough", AreaLevel.DISTRICT, "2024-25", "2024-25", "2023-24", "2019-20", Taxonomy.ONS,
        TOTAL, new PopulationInfo(2024, 100_000, false, ""), headline, cats, List.of(), List.of(), List.of(),
        List.of(), priorities, List.of(), List.of(), List.of(), false, context, List.of());
  }
}
