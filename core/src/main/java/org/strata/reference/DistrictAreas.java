package org.strata.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVRecord;

/**
 * The districts' areas in hectares from {@code district_area.csv}: computed from ONS generalised
 * boundaries clipped to mean high water, so inland water is included (see docs/method.md).
 */
final class DistrictAreas {
  private final Map<String, Double> hectares;

  private DistrictAreas(Map<String, Double> hectares) {
    this.hectares = Map.copyOf(hectares);
  }

  static DistrictAreas load() {
    Map<String, Double> out = new HashMap<>();
    for (CSVRecord r : ReferenceCsv.read("district_area.csv")) {
      out.put(r.get("district_code"), Double.parseDouble(r.get("area_hectares")));
    }
    return new DistrictAreas(out);
  }

  /** The districts' total area; empty when there are none or any has no area. */
  OptionalDouble sum(List<District> districts) {
    double total = 0;
    for (District d : districts) {
      Double h = hectares.get(d.code());
      if (h == null) {
        return OptionalDouble.empty();
      }
      total += h;
    }
    return districts.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(total);
  }
}
