package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.AreaCounts;
import org.strata.analysis.input.PopulationEstimate;
import org.strata.analysis.input.StatutoryInput;
import org.strata.reference.Taxonomy;

/**
 * Adds the statutory parts to an assessment: outcomes and, for a county or CSP, its districts in
 * the assessment's taxonomy; changes since last year's assessment when one is given; then the
 * checklist.
 */
public final class StatutoryAnalysis {
  private static final String ASB = "Anti-social behaviour";

  private StatutoryAnalysis() {}

  /**
   * The assessment with its statutory parts.
   *
   * @throws org.strata.common.UsageException if last year's assessment is of another area.
   */
  public static Assessment complete(Assessment a, StatutoryInput in, @Nullable PreviousAssessment previous) {
    List<OutcomeRow> outcomes = OutcomeGroups.rows(in.outcomes());
    List<DistrictRow> districts = districts(in, a.taxonomy(), a.totalCategory());
    Changes changes = previous == null ? null : ChangesSinceLast.compare(a, previous, a.context().local());
    return a.withStatutory(new Statutory(changes, Checklist.of(a, changes, districts), outcomes, districts));
  }

  private static List<DistrictRow> districts(StatutoryInput in, Taxonomy t, String total) {
    List<DistrictRow> out = new ArrayList<>();
    for (StatutoryInput.UnitCounts u : in.units()) {
      if (u.taxonomy() != t) {
        continue;
      }
      PopulationEstimate pop = u.population();
      long n = total(u.now(), t, total);
      Long prev = u.previous() == null ? null : total(u.previous(), t, total);
      out.add(new DistrictRow(u.code(), u.name(), n, pop == null ? null : pop.persons(),
          pop == null ? null : 1000.0 * n / pop.persons(), prev,
          prev == null || prev == 0 ? null : 100.0 * (n - prev) / prev, test(prev, u.previousPopulation(), n, pop)));
    }
    return out;
  }

  private static @Nullable Significance test(
      @Nullable Long prev, @Nullable PopulationEstimate popBefore, long n, @Nullable PopulationEstimate pop) {
    if (prev == null) {
      return null;
    }
    boolean exposures = pop != null && popBefore != null;
    return PoissonTest.compare(prev, exposures ? popBefore.persons() : 1, n, exposures ? pop.persons() : 1);
  }

  /** The all-crime count: the published total, or for police.uk every type but anti-social behaviour. */
  private static long total(AreaCounts c, Taxonomy t, String total) {
    if (t == Taxonomy.ONS || c.counts().containsKey(total)) {
      return c.count(total);
    }
    return c.counts().entrySet().stream().filter(e -> !e.getKey().equals(ASB)).mapToLong(e -> e.getValue()).sum();
  }
}
