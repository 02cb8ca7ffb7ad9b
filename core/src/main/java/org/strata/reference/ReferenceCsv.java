package org.strata.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** Reads the CSV resources shipped in this package: UTF-8, a header row, commas. */
final class ReferenceCsv {
  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private ReferenceCsv() {}

  /**
   * Reads every record of a resource next to this class.
   *
   * @throws IllegalStateException if the resource is missing, which means a broken build.
   */
  static List<CSVRecord> read(String resource) {
    InputStream in = ReferenceCsv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("reference resource " + resource + " is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(reader)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference resource " + resource, e);
    }
  }

  /** The value of a column, or null when the cell is empty. */
  static @Nullable String optional(CSVRecord record, String column) {
    String v = record.get(column);
    return v == null || v.isEmpty() ? null : v;
  }
}
