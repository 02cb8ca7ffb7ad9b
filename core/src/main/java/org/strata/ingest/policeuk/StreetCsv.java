package org.strata.ingest.policeuk;

import java.util.List;

/** The twelve columns of a data.police.uk street-level CSV, in their published order. */
public final class StreetCsv {
  /** The column names. */
  public static final List<String> COLUMNS =
      List.of(
          "Crime ID",
          "Month",
          "Reported by",
          "Falls within",
          "Longitude",
          "Latitude",
          "Location",
          "LSOA code",
          "LSOA name",
          "Crime type",
          "Last outcome category",
          "Context");

  /** The header line, without a line ending. */
  public static final String HEADER = String.join(",", COLUMNS);

  private StreetCsv() {}

  /**
   * Whether a file or archive entry is named as a street-level CSV ({@code
   * 2024-01-west-mercia-street.csv}); outcome and stop-and-search files are not.
   */
  public static boolean isStreetCsvName(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith("-street.csv") || n.endsWith("_street.csv");
  }
}
