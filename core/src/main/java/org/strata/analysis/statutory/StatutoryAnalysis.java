package org.strata.analysis.statutory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.Assessment;
import org.strata.analysis.PoissonTest;
import org.strata.analysis.Significance;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;
import org.strata.store.AreaCounts;
import org.strata.store.CountQuery;
import org.strata.store.DuckDbStore;
import org.strata.store.OutcomeQuery;
import org.strata.store.PopulationEstimate;

/**
 * Adds the statutory parts to an assessment: outcomes and, for a county or CSP, its districts from
 * the store; changes since last year's assessment when one is given; then the checklist.
 */
public final class StatutoryAnalysis {
  private static final String ASB = "Anti-social behaviour";
  private final DuckDbStore store;

  /** Creates the analysis over a store. */
  public StatutoryAnalysis(DuckDbStore store) {
    this.store = store;
  }

  /**
   * The assessment with its statutory parts.
   *
   * @throws org.strata.common.UsageException if last year's assessment is of another area.
   */
  public Assessment complete(Assessment a, @Nullable PreviousAssessment previous) {
    Area area = store.areas().requireArea(a.areaCode());
    Period period = Period.parse(a.period());
    List<OutcomeRow> outcomes = OutcomeGroups.rows(new OutcomeQuery(store).counts(area, period));
    List<DistrictRow> districts = districts(area, period, Taxonomy.valueOf(a.taxonomy().toUpperCase(Locale.ROOT)), a.totalCategory());
    Changes changes = previous == null ? null : ChangesSinceLast.compare(a, previous, a.context().local());
    return a.withStatutory(new Statutory(changes, Checklist.of(a, changes, districts), outcomes, districts));
  }

  /** Each district (or multi-district CSP, for ONS counts) of a county or CSP; empty for one district. */
  private List<DistrictRow> districts(Area area, Period period, Taxonomy t, String total) {
    List<DistrictRow> out = new ArrayList<>();
    if (area.level() != AreaLevel.COUNTY && area.level() != AreaLevel.CSP) {
      return out;
    }
    AreaRegistry reg = store.areas();
    List<Area> units = new ArrayList<>();
    for (District d : reg.districtsOf(area.code())) {
      String code = t == Taxonomy.ONS ? reg.reportingCode(d) : d.code();
      Area unit = reg.requireArea(code);
      if (!units.contains(unit)) {
        units.add(unit);
      }
    }
    if (units.size() < 2) {
      return out;
    }
    CountQuery q = new CountQuery(store);
    for (Area u : units) {
      Optional<AreaCounts> now = q.counts(u, t, period);
      if (now.isEmpty()) {
        continue;
      }
      Optional<AreaCounts> before = q.counts(u, t, period.previous());
      PopulationEstimate pop = q.population(u, period).orElse(null);
      PopulationEstimate popBefore = q.population(u, period.previous()).orElse(null);
      long n = total(now.get(), t, total);
      Long prev = before.map(b -> total(b, t, total)).orElse(null);
      out.add(new DistrictRow(u.code(), u.name(), n, pop == null ? null : pop.persons(),
          pop == null ? null : 1000.0 * n / pop.persons(), prev,
          prev == null || prev == 0 ? null : 100.0 * (n - prev) / prev, test(prev, popBefore, n, pop)));
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
