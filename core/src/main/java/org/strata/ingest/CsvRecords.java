package org.strata.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;

/**
 * The data records of a small CSV after its header, each with the line it starts on (quoted fields
 * may span lines): a blank row is layout, neither read nor rejected; a row shorter than the
 * columns the reader needs refuses the file at its line; malformed CSV refuses it at the line
 * after the last whole record.
 */
public final class CsvRecords {
  private CsvRecords() {}

  /** What a reader makes of one record. */
  public interface Rows<T> {
    /** Why the record is rejected, or null when it is a row. */
    @Nullable String problem(CSVRecord rec, long line);

    /** The row a record without a problem makes. */
    T row(CSVRecord rec, long line);
  }

  /**
   * Reads the records that follow the header.
   *
   * @param width the columns a record must have at least
   * @return rows read (blank rows not counted), the rows and the rejected rows
   * @throws BadInputException if a record is cut short or the CSV is malformed.
   */
  public static <T> ReadResult<T> read(CSVParser p, Path file, int width, Rows<T> reader) {
    List<T> rows = new ArrayList<>();
    List<RejectedRow> rejects = new ArrayList<>();
    long read = 0;
    long endedAt = p.getCurrentLineNumber();
    try {
      for (CSVRecord rec : p) {
        long line = endedAt + 1;
        endedAt = p.getCurrentLineNumber();
        if (rec.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rec.size() < width) {
          throw new BadInputException(SourcePosition.of(file, line),
              "expected " + width + " fields, found " + rec.size() + " (a line cut short?)");
        }
        read++;
        String problem = reader.problem(rec, line);
        if (problem != null) {
          rejects.add(new RejectedRow(line, problem, String.join(",", rec.values())));
        } else {
          rows.add(reader.row(rec, line));
        }
      }
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // The text is already in memory: commons-csv's exceptions are malformed CSV, not read errors.
      throw new BadInputException(
          SourcePosition.of(file, endedAt + 1), "expected CSV text, found " + e.getMessage(), e);
    }
    return new ReadResult<>(read, rows.size(), rows, rejects);
  }
}
