package org.strata.ingest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * One aggregate count from a published table: an area (district, multi-district CSP, police force
 * area, or a force's "Unassigned" / other unit), a period, a category as the source names it and a
 * count ({@code null} where the source says the value is unavailable, e.g. {@code [x]}).
 *
 * @param areaCode the district code for a one-district CSP, else the CSP or force code; for
 *     units without a code, {@code <pfa code>:unassigned} or {@code <pfa code>:<slug of name>}
 * @param unit one of {@code district}, {@code csp}, {@code police_force_area}, {@code unassigned},
 *     {@code other}
 * @param published true when the source states this total itself (false when Strata summed it)
 */
public record OffenceCountRow(
    String areaCode,
    String areaName,
    String unit,
    String pfaCode,
    Period period,
    String category,
    Taxonomy taxonomy,
    @Nullable Long count,
    boolean published,
    long line) {
  /** Validates the row. */
  public OffenceCountRow {
    Objects.requireNonNull(areaCode, "areaCode");
    Objects.requireNonNull(areaName, "areaName");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(pfaCode, "pfaCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(taxonomy, "taxonomy");
  }
}
