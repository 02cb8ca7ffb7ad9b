package org.strata.ingest.policeuk;

import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a street-level CSV, typed as the store types it; empty fields are null.
 *
 * @param line the 1-based line the record starts on (the header is line 1)
 */
public record StreetRow(
    long line,
    @Nullable String crimeId,
    YearMonth month,
    @Nullable String reportedBy,
    @Nullable String fallsWithin,
    @Nullable Double longitude,
    @Nullable Double latitude,
    @Nullable String location,
    @Nullable String lsoaCode,
    @Nullable String lsoaName,
    String crimeType,
    @Nullable String lastOutcome,
    @Nullable String context) {
  /** Validates the row. */
  public StreetRow {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(crimeType, "crimeType");
  }
}
