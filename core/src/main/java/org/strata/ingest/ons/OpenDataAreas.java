package org.strata.ingest.ons;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;
import org.strata.reference.OpenDataCrosswalk;
import org.strata.reference.PoliceForce;

/**
 * Resolves the force and CSP names of the Home Office open data to GSS codes: the force by name,
 * the CSP by the crosswalk's Home Office names ("Shepway") and then the reference's CSP and
 * district names; "Unassigned &lt;force&gt;" rows become the force's unassigned unit, and units in
 * no CSP ("Manchester Airport") the force's other units, both counted in the force total only. Each distinct pair is resolved once.
 */
final class OpenDataAreas {
  private final AreaRegistry areas;
  private final OpenDataCrosswalk crosswalk;
  private final Map<String, Resolved> cache = new HashMap<>();

  OpenDataAreas(AreaRegistry areas, OpenDataCrosswalk crosswalk) {
    this.areas = areas;
    this.crosswalk = crosswalk;
  }

  /**
   * Where counts go.
   *
   * @param code GSS code, or {@code <pfa code>:unassigned}
   * @param kind the {@link org.strata.ingest.OffenceCountRow#unit()}: {@code csp_name} (resolved
   *     further by the loader to district or CSP) or {@code unassigned}
   */
  record Unit(String code, String name, String kind, String pfaCode) {}

  /** A unit, or why there is none. */
  record Resolved(@Nullable Unit unit, @Nullable String problem) {}

  /** Resolves a row's force and CSP; {@code forceColumn} names the force column in a refusal. */
  Resolved resolve(String force, String csp, String forceColumn) {
    return cache.computeIfAbsent(force + "\u0000" + csp, k -> lookUp(force, csp, forceColumn));
  }

  private Resolved lookUp(String forceName, String cspName, String forceColumn) {
    Optional<PoliceForce> force = areas.findForce(forceName);
    if (force.isEmpty()) {
      return refused(forceColumn, "a police force area name", forceName);
    }
    String pfa = force.get().code();
    String lower = cspName.toLowerCase(Locale.ROOT);
    if (lower.startsWith("unassigned") || lower.endsWith("unassigned")) {
      return new Resolved(new Unit(pfa + ":unassigned", cspName, "unassigned", pfa), null);
    }
    if (crosswalk.isForceOnlyUnit(cspName)) {
      return new Resolved(new Unit(pfa + ":" + C2Table.slug(cspName), cspName, "other", pfa), null);
    }
    String name = crosswalk.cspName(cspName);
    Optional<Area> area = areas.findCspByName(name).or(() -> areas.findArea(name)
        .filter(a -> a.level() == AreaLevel.DISTRICT || a.level() == AreaLevel.CSP));
    if (area.isEmpty()) {
      return refused(OpenDataTable.CSP, "a Community Safety Partnership name (or `strata ingest areas` to declare it)",
          cspName);
    }
    return new Resolved(new Unit(area.get().code(), area.get().name(), "csp_name", pfa), null);
  }

  private static Resolved refused(String column, String expected, String found) {
    return new Resolved(null, "column \"" + column + "\": expected " + expected + ", found \"" + found + "\"");
  }
}
