package org.strata.ingest;

import java.util.Objects;

/** A mid-year population estimate: area code and name as the source gives them, year, persons. */
public record PopulationRow(String areaCode, String areaName, int year, long persons, long line) {
  /** Validates the row. */
  public PopulationRow {
    Objects.requireNonNull(areaCode, "areaCode");
    Objects.requireNonNull(areaName, "areaName");
  }
}
