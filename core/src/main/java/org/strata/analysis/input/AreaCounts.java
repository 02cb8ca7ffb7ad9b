package org.strata.analysis.input;

import java.util.Map;
import java.util.Objects;
import org.strata.reference.Area;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * Counts by category for one area and period from one taxonomy, in the source's category names.
 *
 * @param published true when the source states these totals for this area; false when Strata
 *     summed them from smaller units (forces into a region, districts into a CSP)
 * @param note how the counts were made, for the method note (empty if published as is)
 */
public record AreaCounts(
    Area area,
    Taxonomy taxonomy,
    Period period,
    Map<String, Long> counts,
    boolean published,
    String note) {
  /** Copies the counts. */
  public AreaCounts {
    Objects.requireNonNull(area, "area");
    counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
  }

  /** The count for a category, 0 when the source has none. */
  public long count(String category) {
    return counts.getOrDefault(category, 0L);
  }
}
