package org.strata.ingest.lookup;

import java.util.Objects;

/** One neighbourhood (LSOA) and the district (local authority) it lies in. */
public record LsoaLookupRow(String lsoaCode, String lsoaName, String districtCode, long line) {
  /** Validates the row. */
  public LsoaLookupRow {
    Objects.requireNonNull(lsoaCode, "lsoaCode");
    Objects.requireNonNull(lsoaName, "lsoaName");
    Objects.requireNonNull(districtCode, "districtCode");
  }
}
