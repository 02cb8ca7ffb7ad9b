package org.strata.ingest.policeuk;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;

/**
 * The manifest of a police.uk aggregation written by the Spark job ({@code manifest.csv} beside
 * {@code counts/} and {@code rejects/}): one line per input file with its SHA-256 and rows read,
 * loaded and rejected, or the reason it was refused whole. {@code strata ingest counts} takes the
 * provenance of what it loads from here.
 *
 * @param entries one per input file, in the manifest's order
 */
public record AggregateManifest(List<Entry> entries) {
  /** The manifest's file name inside the output folder. */
  public static final String FILE_NAME = "manifest.csv";

  /** The manifest's columns, in order. */
  public static final List<String> COLUMNS =
      List.of("file", "sha256", "bytes", "force", "rows_read", "rows_loaded", "rows_rejected", "refused");

  /** Copies the list. */
  public AggregateManifest {
    entries = List.copyOf(entries);
  }

  /**
   * One input file.
   *
   * @param file the file's source name: its path, or {@code archive.zip!/entry}
   * @param force the GSS code of the force its first row names, or empty if none is known
   * @param refused why the file was refused whole, or empty if it was read
   */
  public record Entry(
      String file, String sha256, long bytes, String force, long rowsRead, long rowsLoaded,
      long rowsRejected, String refused) {
    /**
     * Validates the entry.
     *
     * @throws IllegalArgumentException if rows read differ from loaded plus rejected.
     */
    public Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(force, "force");
      Objects.requireNonNull(refused, "refused");
      if (rowsRead != rowsLoaded + rowsRejected) {
        throw new IllegalArgumentException("rows read " + rowsRead + " != loaded " + rowsLoaded
            + " + rejected " + rowsRejected);
      }
    }

    /** The entry as a manifest line's fields, in {@link #COLUMNS} order. */
    public List<String> fields() {
      return List.of(file, sha256, Long.toString(bytes), force, Long.toString(rowsRead),
          Long.toString(rowsLoaded), Long.toString(rowsRejected), refused);
    }
  }

  /** The CSV format the manifest is written and read in. */
  public static CSVFormat format() {
    return CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
  }

  /**
   * Reads the manifest of an output folder.
   *
   * @throws BadInputException if the manifest is missing, lacks a column or holds a bad number.
   */
  public static AggregateManifest read(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(SourcePosition.of(file, 1), "expected the manifest of a"
          + " strata-spark aggregation (" + FILE_NAME + " beside counts/), found none");
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = format().parse(in)) {
      List<Entry> out = new ArrayList<>();
      for (CSVRecord r : p) {
        if (r.getRecordNumber() == 1) {
          checkHeader(file, r);
        } else {
          out.add(entry(file, r));
        }
      }
      return new AggregateManifest(out);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new AppException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static void checkHeader(Path file, CSVRecord r) {
    if (!r.toList().equals(COLUMNS)) {
      throw new BadInputException(SourcePosition.of(file, 1), "expected the columns "
          + String.join(",", COLUMNS) + ", found " + String.join(",", r.toList()));
    }
  }

  private static Entry entry(Path file, CSVRecord r) {
    SourcePosition at = SourcePosition.of(file, r.getParser().getCurrentLineNumber());
    if (r.size() != COLUMNS.size()) {
      throw new BadInputException(at, "expected " + COLUMNS.size() + " fields, found " + r.size());
    }
    long[] n = new long[4];
    int[] cols = {2, 4, 5, 6};
    for (int i = 0; i < cols.length; i++) {
      String v = r.get(cols[i]);
      try {
        n[i] = Long.parseLong(v);
      } catch (NumberFormatException e) {
        throw new BadInputException(at, "column \"" + COLUMNS.get(cols[i])
            + "\": expected a whole number, found \"" + v + "\"");
      }
    }
    try {
      return new Entry(r.get(0), r.get(1), n[0], r.get(3), n[1], n[2], n[3], r.get(7));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(at, "expected rows_read = rows_loaded + rows_rejected, found "
          + e.getMessage());
    }
  }
}
