package org.strata.reference;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Reads the area resources: districts, police forces, regions, counties and legacy CSPs. */
final class AreaTables {
  private AreaTables() {}

  static List<District> districts() {
    List<District> out = new ArrayList<>();
    for (CSVRecord r : ReferenceCsv.read("districts.csv")) {
      out.add(
          new District(
              r.get("district_code"),
              r.get("district_name"),
              r.get("csp_code"),
              r.get("csp_name"),
              r.get("pfa_code"),
              r.get("region_code")));
    }
    return List.copyOf(out);
  }

  static List<PoliceForce> forces() {
    List<PoliceForce> out = new ArrayList<>();
    for (CSVRecord r : ReferenceCsv.read("forces.csv")) {
      out.add(
          new PoliceForce(
              r.get("pfa_code"),
              r.get("pfa_name"),
              r.get("region_code"),
              r.get("slug"),
              r.get("policeuk_name")));
    }
    return List.copyOf(out);
  }

  /** England and Wales, the two countries and the nine English regions, largest first. */
  static List<Area> regions() {
    List<Area> out = new ArrayList<>();
    for (CSVRecord r : ReferenceCsv.read("regions.csv")) {
      out.add(
          new Area(
              r.get("code"),
              r.get("name"),
              AreaLevel.fromKey(r.get("level")),
              ReferenceCsv.optional(r, "parent_code")));
    }
    return List.copyOf(out);
  }

  /** The two-tier counties (E10) and their districts, in code order. */
  static List<County> counties() {
    java.util.Map<String, County> out = new java.util.LinkedHashMap<>();
    for (CSVRecord r : ReferenceCsv.read("counties.csv")) {
      County c = out.computeIfAbsent(r.get("county_code"), k -> new County(k, r.get("county_name"), List.of()));
      List<String> ds = new ArrayList<>(c.districtCodes());
      ds.add(r.get("district_code"));
      out.put(c.code(), new County(c.code(), c.name(), ds));
    }
    return List.copyOf(out.values());
  }

  static List<LegacyCsp> legacyCsps() {
    List<LegacyCsp> out = new ArrayList<>();
    for (CSVRecord r : ReferenceCsv.read("legacy_csps.csv")) {
      out.add(
          new LegacyCsp(
              r.get("csp_code"), r.get("csp_name"), r.get("district_code"), r.get("pfa_code")));
    }
    return List.copyOf(out);
  }
}
