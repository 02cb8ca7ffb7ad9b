package org.strata.reference;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The real public files in the shared fixtures folder. Tests that use them are skipped when the
 * folder is absent; the files are never copied into the project.
 */
final class Fixtures {
  static final Path DIR = org.strata.SharedFixtures.DIR;
  static final Path C2 = DIR.resolve("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
  static final Path MYE4 =
      DIR.resolve("population/mye4_population_timeseries_mid2011_mid2023_lad.csv");
  static final Path CCHI = DIR.resolve("harm/cchi_weights.csv");
  static final Path POLICE_UK = DIR.resolve("policeuk");

  /** Lines above Table C2's header row. */
  static final int C2_PREAMBLE = 7;

  private Fixtures() {}

  /** Returns the file, skipping the calling test when it is absent. */
  static Path require(Path file) {
    return org.strata.SharedFixtures.requirePath(file);
  }

  /** Every record of a CSV file, header row included, as lists of cells. */
  static List<List<String>> rows(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(require(file), StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
      for (CSVRecord r : parser) {
        out.add(r.toList());
      }
    }
    if (!out.isEmpty() && !out.get(0).isEmpty()) {
      out.get(0).set(0, out.get(0).get(0).replace("\uFEFF", ""));
    }
    return out;
  }

  /** Table C2's header cells. */
  static List<String> c2Header() throws IOException {
    return rows(C2).get(C2_PREAMBLE);
  }

  /** Table C2's data rows, below the header. */
  static List<List<String>> c2Rows() throws IOException {
    List<List<String>> all = rows(C2);
    return all.subList(C2_PREAMBLE + 1, all.size());
  }
}
