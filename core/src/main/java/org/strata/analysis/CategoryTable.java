package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.PopulationEstimate;
import org.strata.analysis.input.Role;
import org.strata.reference.Offence;
import org.strata.reference.OffenceLevel;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/** Builds the subject's category rows: counts, rates, shares, changes with significance. */
final class CategoryTable {
  private final OffenceTaxonomy taxonomy;
  private final Observations obs;
  private final AnalysisSettings settings;

  CategoryTable(OffenceTaxonomy taxonomy, Observations obs, AnalysisSettings settings) {
    this.taxonomy = taxonomy;
    this.obs = obs;
    this.settings = settings;
  }

  List<CategoryRow> rows(Taxonomy t, Period period, Period baseline) {
    Observation now = obs.find(Role.SUBJECT, t, period).orElseThrow();
    Optional<Observation> before = obs.find(Role.SUBJECT, t, period.previous());
    Optional<Observation> base =
        baseline.equals(period) ? Optional.empty() : obs.find(Role.SUBJECT, t, baseline);
    Optional<Observation> force = obs.find(Role.POLICE_FORCE_AREA, t, period);
    String totalName = t == Taxonomy.LOCAL ? null : taxonomy.total(t).name();
    long total = totalName == null ? 0 : now.counts().count(totalName);
    List<CategoryRow> out = new ArrayList<>();
    for (String category : orderedCategories(t, now)) {
      long count = now.counts().count(category);
      Optional<Offence> offence = taxonomy.find(t, category);
      OffenceLevel level =
          t == Taxonomy.LOCAL ? OffenceLevel.FLAG : offence.map(Offence::level).orElse(OffenceLevel.GROUP);
      String parent =
          offence.map(Offence::parent).orElse(category.equals(totalName) ? null : totalName);
      Long parentCount = parent == null ? null : now.counts().counts().get(parent);
      Long prev = before.map(b -> b.counts().counts().get(category)).orElse(null);
      Long baseCount = base.map(b -> b.counts().counts().get(category)).orElse(null);
      Judgement trend = prev == null ? null : judge(test(prev, before.get().population(), count, now.population()), prev, count);
      Significance sigBase =
          baseCount == null ? null : test(baseCount, base.get().population(), count, now.population());
      boolean isIncident = level == OffenceLevel.INCIDENT;
      out.add(
          new CategoryRow(
              category,
              t,
              level,
              parent,
              count,
              Observations.rate(count, now.population()),
              category.equals(totalName) || isIncident || totalName == null
                  ? null
                  : Rates.sharePct(count, total),
              parentCount == null || isIncident ? null : Rates.sharePct(count, parentCount),
              prev,
              prev == null ? null : Rates.changePct(prev, count),
              trend,
              baseCount,
              baseCount == null ? null : Rates.changePct(baseCount, count),
              force.map(f -> Observations.rate(f.counts().count(category), f.population())).orElse(null),
              count < settings.smallCount(),
              sigBase));
    }
    return out;
  }

  /** The one judgement of a change, made here so every sentence about the row agrees. */
  private Judgement judge(Significance s, long before, long now) {
    AnalysisSettings.Thresholds th = settings.thresholds();
    return Judgement.of(s, before, now, th.emergingSmallCount(), th.emergingP());
  }

  private Significance test(
      long before, @Nullable PopulationEstimate beforePop, long after,
      @Nullable PopulationEstimate afterPop) {
    boolean both = exposure(beforePop) > 1 && exposure(afterPop) > 1;
    return PoissonTest.compare(
        before, both ? exposure(beforePop) : 1, after, both ? exposure(afterPop) : 1,
        settings.alpha(), settings.smallCount());
  }

  /** Exposure for the rate test: the population, or 1 when none is loaded (equal exposure). */
  private static double exposure(@Nullable PopulationEstimate p) {
    return p == null || p.persons() <= 0 ? 1.0 : p.persons();
  }

  private List<String> orderedCategories(Taxonomy t, Observation now) {
    Set<String> out = new LinkedHashSet<>();
    List<Offence> known = t == Taxonomy.ONS ? taxonomy.ons() : taxonomy.policeUk();
    for (Offence o : known) {
      if (now.counts().counts().containsKey(o.name())) {
        out.add(o.name());
      }
    }
    now.counts().counts().keySet().stream().sorted().forEach(out::add);
    return List.copyOf(out);
  }
}
