package org.strata.ingest;

import java.util.Objects;

/** A data row refused by a reader: its 1-based line, why, and the raw text as read. */
public record RejectedRow(long line, String reason, String raw) {
  /** Validates the row. */
  public RejectedRow {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(raw, "raw");
  }
}
