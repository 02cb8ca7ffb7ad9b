package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    return a.withStatutory(new Statutory(changes, Checklist.of(a, changes, districts), outcomes, districts),
        findings(a, changes, outcomes));
  }

  /** The findings the statutory parts add: one per category compared with last year, one per outcome row. */
  public static List<Finding> findings(Assessment a, @Nullable Changes changes, List<OutcomeRow> outcomes) {
    List<Finding> findings = new ArrayList<>();
    if (changes != null) {
      findings.addAll(sinceLast(a, changes));
    }
    findings.addAll(outcomeFindings(a, outcomes));
    return findings;
  }

  /** One finding per category of last year's top five or of the rates compared, ranks and rates together. */
  static List<Finding> sinceLast(Assessment a, Changes c) {
    Map<String, Finding.SinceLastAssessment> out = new LinkedHashMap<>();
    for (Changes.PriorityMove m : c.priorities()) {
      CategoryRow row = a.categories().stream().filter(r -> r.category().equals(m.category())).findFirst().orElse(null);
      out.put(m.category(), new Finding.SinceLastAssessment(subject(a, m.category(), row == null ? a.taxonomy() : row.taxonomy()),
          c.previousPeriod(), m.previousRank(), m.rankNow(), null, row == null ? 0 : row.count(), null,
          row == null ? null : row.ratePer1000(), null, null, m.why()));
    }
    for (Changes.RateChange r : c.rates()) {
      Finding.SinceLastAssessment had = out.get(r.category());
      Integer rank = a.priorities().stream().filter(p -> p.category().equals(r.category())).map(PriorityRow::rank)
          .findFirst().orElse(null);
      out.put(r.category(), new Finding.SinceLastAssessment(subject(a, r.category(), a.taxonomy()), c.previousPeriod(),
          had == null ? null : had.previousRank(), rank, r.previousCount(), r.count(), r.previousRate(), r.rate(),
          r.changePct(), r.significance(), r.why()));
    }
    return new ArrayList<>(out.values());
  }

  private static List<Finding> outcomeFindings(Assessment a, List<OutcomeRow> rows) {
    List<Finding> out = new ArrayList<>();
    String charged = OutcomeGroups.GROUPS.get(0);
    String noSuspect = OutcomeGroups.GROUPS.get(4);
    String open = OutcomeGroups.GROUPS.get(5);
    for (OutcomeRow r : rows) {
      out.add(new Finding.Outcome(subject(a, r.crimeType(), Taxonomy.POLICE_UK), r.crimes(), r.shares().get(charged),
          r.shares().get(noSuspect), r.shares().get(open), r.forceCrimes(), r.forceShares().get(charged),
          r.forceShares().get(noSuspect), r.crimeType().equals(OutcomeGroups.ALL_CRIME)
              ? List.of("outcomes as published when loaded: \"under investigation\" shrinks as months mature")
              : List.of()));
    }
    return out;
  }

  /**
   * The statutory parts' numbers for {@code metrics.csv}: each outcome group's share by crime type
   * (measure {@code outcome_share_pct}, category "type: group", taxonomy {@code police_uk}) and
   * each district's count and rate under its own code.
   */
  static List<Metric> metrics(Assessment a, Statutory s) {
    List<Metric> out = new ArrayList<>();
    for (OutcomeRow r : s.outcomes()) {
      r.shares().forEach((group, pct) -> out.add(new Metric(a.areaCode(), a.areaName(), a.period(),
          r.crimeType() + ": " + group, Taxonomy.POLICE_UK.key(), "outcome_share_pct", pct)));
    }
    for (DistrictRow d : s.districts()) {
      out.add(new Metric(d.code(), d.name(), a.period(), a.totalCategory(), a.taxonomy().key(), "count", d.count()));
      if (d.ratePer1000() != null) {
        out.add(new Metric(d.code(), d.name(), a.period(), a.totalCategory(), a.taxonomy().key(), "rate_per_1000",
            d.ratePer1000()));
      }
    }
    return out;
  }

  private static Subject subject(Assessment a, String category, Taxonomy t) {
    return new Subject(a.areaCode(), a.areaName(), category, t, a.period());
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
