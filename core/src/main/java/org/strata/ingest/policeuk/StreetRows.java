package org.strata.ingest.policeuk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;
import org.strata.ingest.RejectedRow;

/**
 * Reads the data rows of a street-level CSV that passed {@link PoliceUkScanner#check}, by the rules
 * the DuckDB loader's CSV reader applies: RFC 4180 quoting (a quoted field may span lines), blank
 * lines skipped, an empty field is null, the month is {@code YYYY-MM}, longitude and latitude are
 * decimal numbers. A row that breaks a rule is refused with its line and reason; so is a row
 * without a month or crime type, which the store cannot hold. Used by engines other than DuckDB
 * (the Spark job) so that every engine reads the same rows.
 */
public final class StreetRows {
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0?[1-9]|1[0-2])");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final int COLUMNS = StreetCsv.COLUMNS.size();

  /** Receives the rows of a file in order. */
  public interface Sink {
    /** A row read. */
    void row(StreetRow row);

    /** A row refused. */
    void reject(RejectedRow rejected);
  }

  private StreetRows() {}

  /**
   * Reads every data row of the file.
   *
   * @throws AppException if the file cannot be read.
   */
  public static void read(Path csv, Sink sink) {
    String text;
    try {
      text = Files.readString(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AppException(csv + ": cannot read: " + e.getMessage(), e);
    }
    read(text, sink);
  }

  /** Reads every data row of the file's text (header first). */
  public static void read(String text, Sink sink) {
    Records records = new Records(text);
    boolean header = true;
    while (records.next()) {
      if (header) {
        header = false;
        continue;
      }
      List<String> fields = records.fields;
      if (fields.size() == 1 && fields.get(0) == null) {
        continue;
      }
      String problem = records.badQuote
          ? "expected a quote only at the start and end of a field, found one inside"
          : problem(fields);
      if (problem != null) {
        sink.reject(new RejectedRow(records.line, problem, records.raw()));
      } else {
        sink.row(row(records.line, fields));
      }
    }
  }

  /** Splits text into records (RFC 4180), keeping each record's first line and raw text. */
  private static final class Records {
    private final String text;
    private final List<String> fields = new ArrayList<>(COLUMNS);
    private final StringBuilder cur = new StringBuilder();
    private int pos;
    private int start;
    private int end;
    private long nextLine = 1;
    private long line;
    private boolean badQuote;

    Records(String text) {
      this.text = text;
      this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** Reads the next record into {@link #fields}; false at the end of the text. */
    boolean next() {
      int n = text.length();
      if (pos >= n) {
        return false;
      }
      start = pos;
      line = nextLine;
      fields.clear();
      cur.setLength(0);
      badQuote = false;
      boolean quoted = false;
      boolean wasQuoted = false;
      for (; pos < n; pos++) {
        char c = text.charAt(pos);
        if (quoted) {
          quoted = quotedChar(c, n);
        } else if (c == '"') {
          badQuote |= cur.length() > 0 || wasQuoted;
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          endField();
          wasQuoted = false;
        } else if (c == '\n') {
          break;
        } else if (c != '\r' || pos + 1 < n && text.charAt(pos + 1) != '\n') {
          cur.append(c);
        }
      }
      end = Math.min(pos, n);
      pos++;
      nextLine++;
      endField();
      return true;
    }

    /** One character inside quotes; returns whether the field is still quoted after it. */
    private boolean quotedChar(char c, int n) {
      if (c == '"' && pos + 1 < n && text.charAt(pos + 1) == '"') {
        cur.append('"');
        pos++;
        return true;
      }
      if (c == '"') {
        return false;
      }
      if (c == '\n') {
        nextLine++;
      }
      cur.append(c);
      return true;
    }

    /** Ends a field: empty is null, quoted or not (as DuckDB reads it). */
    private void endField() {
      fields.add(cur.length() == 0 ? null : cur.toString());
      cur.setLength(0);
    }

    String raw() {
      return text.substring(start, end).replace("\r", "");
    }
  }

  /** Why the fields cannot be a row, or null if they can. */
  private static @Nullable String problem(List<String> f) {
    if (f.size() != COLUMNS) {
      return "expected " + COLUMNS + " fields, found " + f.size();
    }
    String month = f.get(1);
    if (month == null || !MONTH.matcher(month).matches()) {
      return "column \"Month\": expected a month as YYYY-MM, found \"" + (month == null ? "" : month) + "\"";
    }
    for (int i = 4; i <= 5; i++) {
      String v = f.get(i);
      if (v != null && !NUMBER.matcher(v.strip()).matches()) {
        return "column \"" + StreetCsv.COLUMNS.get(i) + "\": expected a decimal number, found \"" + v + "\"";
      }
    }
    if (f.get(9) == null) {
      return "column \"Crime type\": expected a crime type, found none";
    }
    return null;
  }

  private static StreetRow row(long line, List<String> f) {
    String[] ym = f.get(1).split("-");
    return new StreetRow(line, f.get(0), YearMonth.of(Integer.parseInt(ym[0]), Integer.parseInt(ym[1])),
        f.get(2), f.get(3), number(f.get(4)), number(f.get(5)), f.get(6), f.get(7), f.get(8), f.get(9),
        f.get(10), f.get(11));
  }

  private static @Nullable Double number(@Nullable String s) {
    return s == null ? null : Double.valueOf(s.strip());
  }
}
