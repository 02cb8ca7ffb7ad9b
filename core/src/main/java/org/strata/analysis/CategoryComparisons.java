package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;
import org.strata.store.Observation;

/**
 * Each category's rate against the police force area's and the peer group's, with the exact
 * conditional Poisson test on the two counts (population as exposure), and whether it has crossed
 * the comparator since the previous period ("now above the force average").
 */
final class CategoryComparisons {
  static final List<String> ROLES = List.of("police_force_area", PeerGroup.ROLE);

  private final Observations obs;
  private final AnalysisSettings settings;

  CategoryComparisons(Observations obs, AnalysisSettings settings) {
    this.obs = obs;
    this.settings = settings;
  }

  List<Finding> findings(List<CategoryRow> rows, Taxonomy primary, Period period) {
    List<Finding> out = new ArrayList<>();
    Optional<Observation> me = obs.find("subject", primary, period);
    if (me.isEmpty() || me.get().population() == null) {
      return out;
    }
    Optional<Observation> mePrev = obs.find("subject", primary, period.previous());
    for (String role : ROLES) {
      Optional<Observation> them = obs.find(role, primary, period);
      if (them.isEmpty() || them.get().population() == null) {
        continue;
      }
      Optional<Observation> themPrev = obs.find(role, primary, period.previous());
      for (CategoryRow r : rows) {
        if (!r.taxonomy().equals(primary.key()) || r.level().equals("detail")
            || r.parent() == null && !r.level().equals("incident")) {
          continue;
        }
        comparison(r, me.get(), them.get(), mePrev, themPrev).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Finding> comparison(CategoryRow r, Observation me, Observation them,
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
    String direction = Findings.direction(ratio, settings.similarBand());
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("rate_per_1000", Findings.round(myRate));
    n.put("comparator_rate_per_1000", Findings.round(theirRate));
    n.put("comparator_ratio", Findings.round4(ratio));
    n.put("count", mine);
    n.put("comparator_count", theirs);
    n.put("p_value", Findings.round4(sig.pValue()));
    String before = previousDirection(r.category(), mePrev, themPrev);
    if (before != null) {
      n.put("previous_direction", before);
      n.put("changed_side", !before.equals(direction));
    }
    List<String> cav = new ArrayList<>();
    if (!them.counts().published()) {
      cav.add(them.counts().area().name() + " (computed, not published): " + them.counts().note());
    }
    if (sig.volatile_()) {
      cav.add("small numbers: the difference may be chance");
    }
    return Optional.of(new Finding("comparison", me.counts().area().code(), me.counts().area().name(),
        r.category(), r.taxonomy(), me.counts().period().label(), n,
        them.role() + ":" + them.counts().area().name(), direction, sig, cav));
  }

  private @Nullable String previousDirection(String category, Optional<Observation> me, Optional<Observation> them) {
    if (me.isEmpty() || them.isEmpty() || me.get().population() == null || them.get().population() == null) {
      return null;
    }
    double theirs = Rates.perThousand(them.get().counts().count(category), them.get().population().persons());
    if (!(theirs > 0)) {
      return null;
    }
    double mine = Rates.perThousand(me.get().counts().count(category), me.get().population().persons());
    return Findings.direction(mine / theirs, settings.similarBand());
  }
}
