package org.strata.ingest.local;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One incident of a local extract: its month, where it happened (district code and/or LSOA code),
 * its category as the extract names it, and the flags set on it ({@code knife}, {@code hate} …).
 *
 * @param districtCode the district's GSS code, null when only the LSOA is known
 */
public record LocalIncidentRow(
    YearMonth month,
    @Nullable String districtCode,
    @Nullable String lsoaCode,
    @Nullable String category,
    List<String> flags,
    long line) {
  /** Validates and copies. */
  public LocalIncidentRow {
    Objects.requireNonNull(month, "month");
    flags = List.copyOf(flags);
  }
}
