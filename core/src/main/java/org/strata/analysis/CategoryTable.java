package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Offence;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;
import org.strata.store.Observation;
import org.strata.store.PopulationEstimate;

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
    Observation now = obs.find("subject", t, period).orElseThrow();
    Optional<Observation> before = obs.find("subject", t, period.previous());
    Optional<Observation> base =
        baseline.equals(period) ? Optional.empty() : obs.find("subject", t, baseline);
    Optional<Observation> force = obs.find("police_force_area", t, period);
    String totalName = t == Taxonomy.LOCAL ? null : taxonomy.total(t).name();
    long total = totalName == null ? 0 : now.counts().count(totalName);
    List<CategoryRow> out = new ArrayList<>();
    for (String category : orderedCategories(t, now)) {
      long count = now.counts().count(category);
      Optional<Offence> offence = taxonomy.find(t, category);
      String level =
          t == Taxonomy.LOCAL
              ? "flag"
              : offence.map(o -> o.level().name().toLowerCase(java.util.Locale.ROOT)).orElse("group");
      String parent =
          offence.map(Offence::parent).orElse(category.equals(totalName) ? null : totalName);
      Long parentCount = parent == null ? null : now.counts().counts().get(parent);
      Long prev = before.map(b -> b.counts().counts().get(category)).orElse(null);
      Long baseCount = base.map(b -> b.counts().counts().get(category)).orElse(null);
      Significance sig =
          prev == null ? null : test(prev, before.get().population(), count, now.population());
      Significance sigBase =
          baseCount == null ? null : test(baseCount, base.get().population(), count, now.population());
      boolean isIncident = offence.map(o -> o.level() == org.strata.reference.OffenceLevel.INCIDENT).orElse(false);
      out.add(
          new CategoryRow(
              category,
              t.key(),
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
              sig,
              baseCount,
              baseCount == null ? null : Rates.changePct(baseCount, count),
              force.map(f -> Observations.rate(f.counts().count(category), f.population())).orElse(null),
              count < settings.smallCount(),
              sigBase));
    }
    return out;
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
