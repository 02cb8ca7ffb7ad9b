package org.strata.ingest.ons;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.ons.TabularFile.Row;

/**
 * Streams the non-blank records of a UTF-8 CSV file with the line each starts on. Quoted fields may
 * span lines (Table C2's header does), so a record's line is one past where the last one ended.
 */
final class CsvRows implements Iterator<Row>, Closeable {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  // Bad bytes are decoded to U+FFFD and refused per record, so the error names the right line
  // (a decoder that reports them fails a whole buffer ahead of the parser).
  private static final char REPLACEMENT = '\uFFFD';

  private final Path file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long endedAt;
  private @Nullable Row pending;

  private CsvRows(Path file, CSVParser parser) {
    this.file = file;
    this.parser = parser;
    this.records = parser.iterator();
  }

  static CsvRows open(Path file) {
    try {
      BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)));
      CsvRows rows;
      try {
        in.mark(1);
        if (in.read() != '\uFEFF') {
          in.reset();
        }
        rows = new CsvRows(file, CSVParser.builder().setReader(in).setFormat(FORMAT).get());
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public boolean hasNext() {
    while (pending == null) {
      CSVRecord record = nextRecord();
      if (record == null) {
        return false;
      }
      long start = endedAt + 1;
      endedAt = parser.getCurrentLineNumber();
      List<String> cells = new ArrayList<>(record.size());
      boolean blank = true;
      for (String value : record) {
        if (value.indexOf(REPLACEMENT) >= 0) {
          throw notUtf8(file, start, null);
        }
        cells.add(value);
        blank &= value.isBlank();
      }
      if (!blank) {
        pending = new Row(start, cells);
      }
    }
    return true;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row row = pending;
    pending = null;
    return row;
  }

  private @Nullable CSVRecord nextRecord() {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      // the failing record starts one line past where the last one ended
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8(file, endedAt + 1, e);
      }
      throw malformed(String.valueOf(e.getCause().getMessage()), e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw malformed(String.valueOf(e.getMessage()), e);
    }
  }

  private BadInputException malformed(String message, Exception cause) {
    String problem = message.contains("EOF reached before encapsulated token finished")
        ? "expected a closing quote for the field opened here, found the end of the file"
        : "expected well-formed CSV, found " + message.replaceFirst("^\\(startline \\d+\\) ", "");
    return new BadInputException(SourcePosition.of(file, endedAt + 1), problem, cause);
  }

  private static BadInputException notUtf8(Path file, long line, @Nullable Exception cause) {
    return new BadInputException(SourcePosition.of(file, line),
        "expected UTF-8 text, found bytes that are not UTF-8 (save the file as \"CSV UTF-8\")", cause);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
