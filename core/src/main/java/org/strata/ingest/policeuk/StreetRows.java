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
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    long line = 1;
    boolean header = true;
    List<String> fields = new ArrayList<>(COLUMNS);
    StringBuilder cur = new StringBuilder();
    int n = text.length();
    while (pos < n) {
      int start = pos;
      long first = line;
      fields.clear();
      cur.setLength(0);
      boolean quoted = false;
      boolean wasQuoted = false;
      boolean badQuote = false;
      for (; pos < n; pos++) {
        char c = text.charAt(pos);
        if (quoted) {
          if (c == '"' && pos + 1 < n && text.charAt(pos + 1) == '"') {
            cur.append('"');
            pos++;
          } else if (c == '"') {
            quoted = false;
          } else {
            if (c == '\n') {
              line++;
            }
            cur.append(c);
          }
        } else if (c == '"') {
          badQuote |= cur.length() > 0 || wasQuoted;
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          fields.add(field(cur, wasQuoted));
          cur.setLength(0);
          wasQuoted = false;
        } else if (c == '\n') {
          break;
        } else if (c != '\r' || pos + 1 < n && text.charAt(pos + 1) != '\n') {
          cur.append(c);
        }
      }
      int end = pos;
      pos++;
      line++;
      fields.add(field(cur, wasQuoted));
      if (header) {
        header = false;
        continue;
      }
      if (fields.size() == 1 && fields.get(0) == null) {
        continue;
      }
      String raw = text.substring(start, Math.min(end, n)).replace("\r", "");
      String problem = badQuote ? "expected a quote only at the start and end of a field, found one inside"
          : problem(fields);
      if (problem != null) {
        sink.reject(new RejectedRow(first, problem, raw));
      } else {
        sink.row(row(first, fields));
      }
    }
  }

  private static @Nullable String field(StringBuilder cur, boolean quoted) {
    return cur.length() == 0 ? null : cur.toString();
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
