package org.strata.analysis.statutory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.PopulationInfo;
import org.strata.analysis.PriorityRow;
import org.strata.analysis.RateRow;
import org.strata.analysis.StrategicContext;

/** Small hand-made assessments for the statutory tests: categories and a ranking, nothing else. */
final class Assessments {
  static final String TOTAL = "Total recorded crime (excluding fraud)";

  private Assessments() {}

  /** Testborough (E07999001), 2024-25, 100,000 people; categories as name → count; ranked in the order given. */
  static Assessment of(Map<String, Long> counts, List<String> ranking, LocalInputs local) {
    List<CategoryRow> cats = new ArrayList<>();
    counts.forEach((name, n) -> cats.add(new CategoryRow(name, name.equals("Anti-social behaviour") ? "police_uk" : "ons",
        name.equals(TOTAL) ? "total" : name.equals("Anti-social behaviour") ? "incident" : "group", null, n,
        n / 100.0, null, null, null, null, null, null, null, null, n < 20)));
    List<PriorityRow> priorities = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      priorities.add(new PriorityRow(i + 1, ranking.get(i), "ons", 10 - i, List.of()));
    }
    StrategicContext context = new StrategicContext(List.of(), List.of(), List.of(),
        AnalysisSettings.Presentation.none(), local);
    List<RateRow> headline = List.of(new RateRow("subject", "E07999001", "Testborough", TOTAL, "ons",
        counts.getOrDefault(TOTAL, 0L), 100_000L, counts.getOrDefault(TOTAL, 0L) / 100.0, false, ""));
    return new Assessment("E07999001", "Testborough", "district", "2024-25", "2024-25", "2023-24", "2019-20", "ons",
        TOTAL, new PopulationInfo(2024, 100_000, false, ""), headline, cats, List.of(), List.of(), List.of(),
        List.of(), priorities, List.of(), List.of(), List.of(), false, context);
  }
}
