package org.strata.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strata.common.UsageException;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.reference.PoliceForce;

/**
 * Which CSPs a batch assesses: every CSP of England and Wales, of a force, of a region, or those
 * named; only those with counts in the store. A CSP of one district is its district (E06/E07/E08/
 * E09/W06 code); a CSP of several districts is its E22/W14 area.
 */
final class BatchSelection {
  /** One CSP of the batch and the police force area it belongs to. */
  record Unit(String code, String name, String forceCode) {}

  private BatchSelection() {}

  /**
   * The CSPs selected, in ONS order, with counts in the store.
   *
   * @param withCounts codes of areas the store holds counts for (districts and CSPs)
   * @throws UsageException if the force, region or an area is unknown, or nothing is left.
   */
  static List<Unit> select(AreaRegistry areas, @Nullable String force, @Nullable String region,
      List<String> named, Set<String> withCounts) {
    Map<String, Unit> all = units(areas);
    List<Unit> chosen = new ArrayList<>();
    if (!named.isEmpty()) {
      for (String n : named) {
        Area a = areas.requireArea(n.strip());
        if (a.level() != AreaLevel.DISTRICT && a.level() != AreaLevel.CSP) {
          throw new UsageException("--areas \"" + n.strip() + "\": expected a district or CSP, found the "
              + a.level().key().replace('_', ' ') + " " + a.name() + " (use --force or --region)");
        }
        String unit = a.level() == AreaLevel.CSP ? a.code() : areas.reportingCode(areas.findDistrict(a.code()).orElseThrow());
        chosen.add(all.get(unit));
      }
    } else {
      String f = force == null ? null : requireForce(areas, force).code();
      String r = region == null ? null : requireRegion(areas, region).code();
      for (District d : areas.districts()) {
        Unit u = all.get(areas.reportingCode(d));
        if ((f == null || d.pfaCode().equals(f)) && (r == null || d.regionCode().equals(r)) && !chosen.contains(u)) {
          chosen.add(u);
        }
      }
    }
    List<Unit> out = chosen.stream().distinct().filter(u -> hasCounts(areas, u, withCounts)).toList();
    if (out.isEmpty()) {
      throw new UsageException("batch: expected CSPs with data in the selection, found none of "
          + chosen.size() + " (load data with strata ingest; see strata areas)");
    }
    return out;
  }

  private static Map<String, Unit> units(AreaRegistry areas) {
    Map<String, Unit> out = new LinkedHashMap<>();
    for (District d : areas.districts()) {
      String code = areas.reportingCode(d);
      String name = code.equals(d.code()) ? d.name() : areas.requireArea(code).name();
      out.putIfAbsent(code, new Unit(code, name, d.pfaCode()));
    }
    return out;
  }

  private static boolean hasCounts(AreaRegistry areas, Unit u, Set<String> withCounts) {
    return withCounts.contains(u.code())
        || areas.districtsOf(u.code()).stream().anyMatch(d -> withCounts.contains(d.code()));
  }

  static PoliceForce requireForce(AreaRegistry areas, String force) {
    return areas.findForce(force.strip()).orElseThrow(() -> new UsageException(
        "--force \"" + force + "\": expected a police force area name or E23/W15 code, found no match"
            + " (try strata areas)"));
  }

  private static Area requireRegion(AreaRegistry areas, String region) {
    String key = region.strip();
    return areas.areas().stream()
        .filter(a -> a.level() == AreaLevel.REGION || a.code().equals("W92000004"))
        .filter(a -> a.code().equalsIgnoreCase(key) || a.name().equalsIgnoreCase(key))
        .findFirst()
        .orElseThrow(() -> new UsageException("--region \"" + region + "\": expected an English region or"
            + " Wales, by name or E12 code, found no match (try strata areas)"));
  }
}
