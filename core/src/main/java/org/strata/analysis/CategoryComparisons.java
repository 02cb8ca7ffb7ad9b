package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.Role;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * Each category's rate against the police force area's, the region's, England and Wales's and
 * the peer group's, with the exact conditional Poisson test on the two counts (population as
 * exposure), and whether it has crossed the comparator since the previous period ("now above the
 * force average").
 */
final class CategoryComparisons {
  static final List<Role> ROLES =
      List.of(Role.POLICE_FORCE_AREA, Role.REGION, Role.ENGLAND_AND_WALES, Role.PEER_GROUP);

  private final Observations obs;
  private final AnalysisSettings settings;

  CategoryComparisons(Observations obs, AnalysisSettings settings) {
    this.obs = obs;
    this.settings = settings;
  }

  List<Finding.Comparison> findings(List<CategoryRow> rows, Taxonomy primary, Period period) {
    List<Finding.Comparison> out = new ArrayList<>();
    for (Taxonomy t : List.of(primary, Taxonomy.POLICE_UK)) {
      if (t != primary && !obs.find(Role.SUBJECT, t, period).isPresent()) {
        continue;
      }
      out.addAll(findings(rows, t, primary, period));
    }
    return out;
  }

  /** Comparisons in one taxonomy: the primary's categories, or only incidents (ASB) from police.uk beside ONS. */
  private List<Finding.Comparison> findings(List<CategoryRow> rows, Taxonomy t, Taxonomy primary, Period period) {
    List<Finding.Comparison> out = new ArrayList<>();
    Optional<Observation> me = obs.find(Role.SUBJECT, t, period);
    if (me.isEmpty() || me.get().population() == null) {
      return out;
    }
    Optional<Observation> mePrev = obs.find(Role.SUBJECT, t, period.previous());
    for (Role role : ROLES) {
      Optional<Observation> them = obs.find(role, t, period);
      if (them.isEmpty() || them.get().population() == null) {
        continue;
      }
      Optional<Observation> themPrev = obs.find(role, t, period.previous());
      for (CategoryRow r : rows) {
        boolean incident = r.level() == OffenceLevel.INCIDENT;
        boolean wanted = t == primary ? r.level() != OffenceLevel.DETAIL && (r.parent() != null || incident) : incident;
        if (r.taxonomy() == t && wanted) {
          comparison(r, me.get(), them.get(), mePrev, themPrev).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private Optional<Finding.Comparison> comparison(CategoryRow r, Observation me, Observation them,
      Optional<Observation> mePrev, Optional<Observation> themPrev) {
    long mine = me.counts().count(r.category());
    long theirs = them.counts().count(r.category());
    double myRate = Rates.perThousand(mine, me.population().persons());
    double theirRate = Rates.perThousand(theirs, them.population().persons());
    if (!(theirRate > 0)) {
      return Optional.empty();
    }
    double ratio = myRate / theirRate;
    Significance sig = PoissonTest.compare(theirs, them.population().persons(), mine,
        me.population().persons(), settings.alpha(), settings.smallCount());
    List<String> cav = new ArrayList<>();
    if (!them.counts().published()) {
      cav.add(them.counts().area().name() + " (computed, not published): "
          + Findings.Words.withoutComputed(them.counts().note()));
    }
    return Optional.of(new Finding.Comparison(Findings.subject(me, r.category(), r.taxonomy()),
        new Comparator(them.role(), them.counts().area().code(), them.counts().area().name()),
        mine, Findings.round(myRate), theirs, Findings.round(theirRate), Findings.round4(ratio),
        Finding.Position.of(ratio, settings.similarBand()), sig,
        previousPosition(r.category(), mePrev, themPrev), cav));
  }

  private Finding.@Nullable Position previousPosition(String category, Optional<Observation> me, Optional<Observation> them) {
    if (me.isEmpty() || them.isEmpty() || me.get().population() == null || them.get().population() == null) {
      return null;
    }
    double theirs = Rates.perThousand(them.get().counts().count(category), them.get().population().persons());
    if (!(theirs > 0)) {
      return null;
    }
    double mine = Rates.perThousand(me.get().counts().count(category), me.get().population().persons());
    return Finding.Position.of(mine / theirs, settings.similarBand());
  }
}
