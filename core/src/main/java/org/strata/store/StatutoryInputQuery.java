package org.strata.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strata.analysis.input.AreaCounts;
import org.strata.analysis.input.StatutoryInput;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.reference.Period;
import org.strata.reference.PopulationYear;
import org.strata.reference.Taxonomy;

/** Gathers a {@link StatutoryInput}: outcomes, and the districts of a county or CSP side by side. */
public final class StatutoryInputQuery {
  private final DuckDbStore store;
  private final PopulationYear populationYear;

  /** Creates the query over a store, with the default population rule. */
  public StatutoryInputQuery(DuckDbStore store) {
    this(store, PopulationYear.MIDPOINT);
  }

  /** Creates the query over a store; {@code populationYear} chooses the estimate behind each rate. */
  public StatutoryInputQuery(DuckDbStore store, PopulationYear populationYear) {
    this.store = store;
    this.populationYear = populationYear;
  }

  /**
   * Gathers the input for an area (name or GSS code) and period.
   *
   * @throws org.strata.common.UsageException if the area is unknown.
   */
  public StatutoryInput gather(String areaCode, Period period) {
    Area area = store.areas().requireArea(areaCode);
    List<StatutoryInput.UnitCounts> units = new ArrayList<>();
    if (area.level() == AreaLevel.COUNTY || area.level() == AreaLevel.CSP) {
      units.addAll(units(area, period, Taxonomy.ONS));
      units.addAll(units(area, period, Taxonomy.POLICE_UK));
    }
    return new StatutoryInput(new OutcomeQuery(store).counts(area, period), units);
  }

  /** Each district, or for ONS the CSP a district reports under; nothing when that is one unit. */
  private List<StatutoryInput.UnitCounts> units(Area area, Period period, Taxonomy t) {
    AreaRegistry reg = store.areas();
    List<Area> units = new ArrayList<>();
    for (District d : reg.districtsOf(area.code())) {
      Area unit = reg.requireArea(t == Taxonomy.ONS ? reg.reportingCode(d) : d.code());
      if (!units.contains(unit)) {
        units.add(unit);
      }
    }
    List<StatutoryInput.UnitCounts> out = new ArrayList<>();
    if (units.size() < 2) {
      return out;
    }
    CountQuery q = new CountQuery(store, populationYear);
    for (Area u : units) {
      Optional<AreaCounts> now = q.counts(u, t, period);
      if (now.isPresent()) {
        out.add(new StatutoryInput.UnitCounts(u.code(), u.name(), t, now.get(),
            q.counts(u, t, period.previous()).orElse(null), q.population(u, period).orElse(null),
            q.population(u, period.previous()).orElse(null)));
      }
    }
    return out;
  }
}
