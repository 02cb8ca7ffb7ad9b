package org.strata.ingest.ons;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;

/**
 * A table read from a CSV, XLSX or ODS file, one row at a time, each row with its 1-based line: the
 * line a CSV record starts on, or the spreadsheet row number. Blank rows are skipped but still
 * count towards later lines.
 *
 * <p>The format is detected from the extension and the content together: a {@code .csv} holding a
 * zip archive or binary data is refused, as is a {@code .xlsx} or {@code .ods} that is not one.
 * CSV is read as UTF-8 (a byte-order mark is skipped) and streamed from disk. For a workbook,
 * every sheet's first {@value #PREVIEW_ROWS} rows are shown to a {@link SheetChooser}; only the
 * chosen sheet is then held in memory.
 */
public final class TabularFile implements Closeable {
  /** How many rows of each sheet a {@link SheetChooser} sees. */
  public static final int PREVIEW_ROWS = 30;

  private static final Pattern NOTE = Pattern.compile("\\s*\\[note\\s*\\d+\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern GROUPED =
      Pattern.compile("\\d{1,3}(?:([,  \\u00A0\\u2009\\u202F])\\d{3})(?:\\1\\d{3})*|\\d+");

  /** The file formats read. */
  public enum Format {
    /** Comma-separated text, UTF-8. */
    CSV,
    /** Office Open XML workbook. */
    XLSX,
    /** OpenDocument spreadsheet. */
    ODS
  }

  /**
   * One non-blank row: its 1-based line and its cells as text, trailing empty cells dropped for
   * spreadsheets (kept for CSV). Numbers in spreadsheets read as plain decimals ({@code 7630}).
   */
  public record Row(long line, List<String> cells) {
    /** Copies the cells. */
    public Row {
      cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column, or "" past the end. */
    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }

    /** The cells as one CSV record, quoted where needed, for quarantine. */
    public String raw() {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i);
        out.append(i > 0 ? "," : "");
        boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
            || c.indexOf('\r') >= 0;
        out.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
      }
      return out.toString();
    }
  }

  /** Scores a sheet from its name and first rows: 0 to refuse it; the highest score wins. */
  @FunctionalInterface
  public interface SheetChooser {
    /** The sheet's score, 0 or more. */
    int score(String sheetName, List<Row> firstRows);
  }

  private final Path file;
  private final Format format;
  private final @Nullable String sheetName;
  private final Iterator<Row> rows;
  private final Closeable resource;

  private TabularFile(
      Path file, Format format, @Nullable String sheetName, Iterator<Row> rows, Closeable resource) {
    this.file = file;
    this.format = format;
    this.sheetName = sheetName;
    this.rows = rows;
    this.resource = resource;
  }

  /**
   * Opens a file, choosing a workbook's sheet by the chooser's highest score (the first sheet when
   * every score is 0).
   *
   * @throws BadInputException if the file is binary, or its content does not match its extension,
   *     or the workbook cannot be read.
   * @throws java.io.UncheckedIOException if the file cannot be read at all.
   */
  public static TabularFile open(Path file, SheetChooser chooser) {
    Format format = FormatSniffer.detect(file);
    if (format == Format.CSV) {
      CsvRows csv = CsvRows.open(file);
      return new TabularFile(file, format, null, csv, csv);
    }
    SpreadsheetFile book = format == Format.XLSX ? new XlsxFile(file) : new OdsFile(file);
    List<SpreadsheetFile.Sheet> previews = book.read(PREVIEW_ROWS, i -> true);
    if (previews.isEmpty()) {
      throw new BadInputException(SourcePosition.of(file, 1), "expected a worksheet, found none");
    }
    int best = 0;
    int bestScore = 0;
    for (int i = 0; i < previews.size(); i++) {
      int score = chooser.score(previews.get(i).name(), previews.get(i).rows());
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    int chosen = best;
    SpreadsheetFile.Sheet sheet = book.read(Integer.MAX_VALUE, i -> i == chosen).get(0);
    return new TabularFile(file, format, sheet.name(), sheet.rows().iterator(), () -> {});
  }

  /** A sheet already read into memory, as a table. */
  static TabularFile ofRows(Path file, Format format, String sheetName, List<Row> rows) {
    return new TabularFile(file, format, sheetName, rows.iterator(), () -> {});
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** The detected format. */
  public Format format() {
    return format;
  }

  /** The chosen sheet's name; empty for CSV. */
  public Optional<String> sheetName() {
    return Optional.ofNullable(sheetName);
  }

  /**
   * The next non-blank row, or null at the end.
   *
   * @throws BadInputException if the CSV is malformed or not UTF-8 at that point.
   */
  public @Nullable Row next() {
    return rows.hasNext() ? rows.next() : null;
  }

  /**
   * The row's cells fitted to the header's width: padded with "" for spreadsheets (which drop
   * trailing empty cells) and for CSV extra trailing empty fields are dropped.
   *
   * @throws BadInputException if a CSV record has fewer fields than the header, or more fields that
   *     are not all empty.
   */
  public List<String> fit(Row row, int width) {
    List<String> cells = new ArrayList<>(row.cells());
    if (format == Format.CSV && cells.size() < width) {
      throw error(row.line(), "expected " + width + " fields, found " + cells.size() + " (file truncated?)");
    }
    while (cells.size() > width) {
      if (!cells.get(cells.size() - 1).isBlank()) {
        throw error(row.line(), "expected " + width + " fields, found " + row.cells().size());
      }
      cells.remove(cells.size() - 1);
    }
    while (cells.size() < width) {
      cells.add("");
    }
    return cells;
  }

  /** A refusal of this file at a line. */
  public BadInputException error(long line, String problem) {
    return new BadInputException(SourcePosition.of(file, Math.max(1, line)), problem);
  }

  /**
   * Text as a header or name: "[note N]" markers removed, runs of whitespace and line breaks made
   * one space, trimmed.
   */
  public static String clean(String text) {
    if (isClean(text)) {
      return text;
    }
    return SPACES.matcher(NOTE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** True when {@link #clean} would return the text unchanged: the common case, checked fast. */
  private static boolean isClean(String text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c == '[' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c > '\u2000' && Character.isWhitespace(c)
          || c == ' ' && previous == ' ') {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * A whole number written with or without thousands separators ({@code "1,234"}, {@code "1 234"},
   * {@code " 12 "}, {@code "7630"}), or empty when the text is anything else.
   */
  public static OptionalLong wholeNumber(String text) {
    String t = SPACES.matcher(text).replaceAll(" ").strip();
    if (t.length() > 25 || !GROUPED.matcher(t).matches()) {
      return OptionalLong.empty();
    }
    String digits = t.replaceAll("\\D", "");
    if (digits.length() > 18) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(digits));
  }

  @Override
  public void close() throws IOException {
    resource.close();
  }
}
