package org.strata.ingest.policeuk;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules every data line of a street-level CSV must meet to be loaded, checked on the raw bytes
 * of one line: RFC 4180 quoting, twelve fields, a month that is the file's and a real one,
 * coordinates that are numbers on the globe, a published crime type, and a Crime ID not seen
 * earlier in the file. One instance per file; it remembers the file's month and the Crime IDs.
 */
final class StreetLineRules {
  /** police.uk's first published month. */
  static final YearMonth FIRST_MONTH = YearMonth.of(2010, 12);

  private static final int FIELDS = 12;

  /**
   * The 14 crime types published today, plus the two retired in 2013 ("Violent crime", "Public
   * disorder and weapons") that archives of earlier months still carry.
   */
  static final List<String> CRIME_TYPES =
      List.of(
          "Anti-social behaviour", "Bicycle theft", "Burglary", "Criminal damage and arson",
          "Drugs", "Other crime", "Other theft", "Possession of weapons", "Public order",
          "Robbery", "Shoplifting", "Theft from the person", "Vehicle crime",
          "Violence and sexual offences", "Violent crime", "Public disorder and weapons");

  /** The crime types' bytes by length: one or two to compare per row. */
  private static final byte[][][] TYPES_BY_LENGTH = byLength();

  private static byte[][][] byLength() {
    int max = CRIME_TYPES.stream().mapToInt(String::length).max().orElse(0);
    byte[][][] out = new byte[max + 1][][];
    for (int n = 0; n <= max; n++) {
      int len = n;
      out[n] = CRIME_TYPES.stream().filter(t -> t.length() == len)
          .map(t -> t.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    }
    return out;
  }

  private final StreetFields row = new StreetFields();
  private final int[] start = row.start;
  private final int[] end = row.end;
  private final YearMonth lastMonth;
  private @Nullable YearMonth fileMonth;
  /** The file's month as the bytes of a row ("2024-01"), once a row has it: most rows match. */
  private byte @Nullable [] fileMonthBytes;
  private final boolean monthFromName;
  private final CrimeIds crimeIds = new CrimeIds();
  private @Nullable String fallsWithin;

  /**
   * Creates the rules for one file.
   *
   * @param namedMonth the month in the file's name, if it has one; else the first good row's
   * @param lastMonth the latest month accepted (police.uk publishes a month after it ends)
   */
  StreetLineRules(@Nullable YearMonth namedMonth, YearMonth lastMonth) {
    this.fileMonth = namedMonth;
    this.monthFromName = namedMonth != null;
    this.lastMonth = lastMonth;
  }

  /** The file's month: from its name, else its first good row; null before any. */
  @Nullable YearMonth fileMonth() {
    return fileMonth;
  }

  /** "Falls within" of the first good row. */
  @Nullable String fallsWithin() {
    return fallsWithin;
  }

  /** Fields found on the last line checked. */
  int fields() {
    return row.count();
  }

  /** True when the last line checked ended inside a quoted field. */
  boolean openQuote() {
    return row.openQuote();
  }

  /**
   * Checks one line (without its line break).
   *
   * @return null when the line may load, else the reason it may not
   */
  @Nullable String check(byte[] b, int from, int to, long line) {
    String problem = row.split(b, from, to);
    if (problem != null) {
      return problem;
    }
    if (row.count() != FIELDS) {
      return "expected " + FIELDS + " fields, found " + row.count();
    }
    problem = checkMonth(b);
    if (problem == null) {
      problem = checkCoordinate(b, 4, "longitude", 180);
    }
    if (problem == null) {
      problem = checkCoordinate(b, 5, "latitude", 90);
    }
    if (problem == null) {
      problem = checkCrimeType(b);
    }
    if (problem == null) {
      problem = checkCrimeId(b, line);
    }
    if (problem == null && fallsWithin == null) {
      fallsWithin = text(b, 3).strip();
    }
    return problem;
  }

  private @Nullable String checkMonth(byte[] b) {
    int s = start[1];
    int e = end[1];
    if (fileMonthBytes != null && Arrays.equals(b, s, e, fileMonthBytes, 0, 7)) {
      return null;
    }
    YearMonth m = parseMonth(b, s, e);
    if (m == null) {
      return "month: expected YYYY-MM, found " + quote(b, s, e);
    }
    if (m.isBefore(FIRST_MONTH) || m.isAfter(lastMonth)) {
      return "month: expected a month from " + FIRST_MONTH + " to " + lastMonth + ", found " + m;
    }
    if (fileMonth == null) {
      fileMonth = m;
    }
    if (m.equals(fileMonth)) {
      fileMonthBytes = Arrays.copyOfRange(b, s, e);
    } else {
      return "month: expected " + fileMonth + " (the file's month, from its "
          + (monthFromName ? "name" : "first row") + "), found " + m;
    }
    return null;
  }

  private static @Nullable YearMonth parseMonth(byte[] b, int s, int e) {
    if (e - s != 7 || b[s + 4] != '-') {
      return null;
    }
    int year = 0;
    for (int i = s; i < s + 4; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return null;
      }
      year = year * 10 + (b[i] - '0');
    }
    if (b[s + 5] < '0' || b[s + 5] > '1' || b[s + 6] < '0' || b[s + 6] > '9') {
      return null;
    }
    int month = (b[s + 5] - '0') * 10 + (b[s + 6] - '0');
    return month < 1 || month > 12 ? null : YearMonth.of(year, month);
  }

  /** Empty, or a plain decimal within the bound: what DuckDB will then read as a DOUBLE. */
  private @Nullable String checkCoordinate(byte[] b, int field, String name, int bound) {
    int s = start[field];
    int e = end[field];
    if (s == e) {
      return null;
    }
    int i = b[s] == '-' ? s + 1 : s;
    int intStart = i;
    int whole = 0;
    while (i < e && b[i] >= '0' && b[i] <= '9') {
      whole = i - intStart < 4 ? whole * 10 + (b[i] - '0') : whole;
      i++;
    }
    int intDigits = i - intStart;
    boolean fraction = false;
    if (i < e && b[i] == '.') {
      int fs = ++i;
      while (i < e && b[i] >= '0' && b[i] <= '9') {
        fraction |= b[i] != '0';
        i++;
      }
      intDigits = i == fs ? 0 : intDigits;
    }
    if (intDigits == 0 || i != e) {
      return name + ": expected a number in decimal degrees, found " + quote(b, s, e);
    }
    if (intDigits > 3 || whole > bound || whole == bound && fraction) {
      return name + ": expected a value from -" + bound + " to " + bound + ", found "
          + quote(b, s, e);
    }
    return null;
  }

  private @Nullable String checkCrimeType(byte[] b) {
    int s = start[9];
    int e = end[9];
    if (e - s >= 2 && b[s] == '"') {
      s++;
      e--;
    }
    if (e - s < TYPES_BY_LENGTH.length) {
      for (byte[] t : TYPES_BY_LENGTH[e - s]) {
        if (Arrays.equals(b, s, e, t, 0, t.length)) {
          return null;
        }
      }
    }
    return "crime type: expected one of the police.uk crime types (" + String.join(", ",
        CRIME_TYPES.subList(0, 14)) + "), found " + (s == e ? "an empty field" : quote(b, s, e));
  }

  private @Nullable String checkCrimeId(byte[] b, long line) {
    int s = start[0];
    int e = end[0];
    if (s == e) {
      // Anti-social behaviour has no Crime ID: alike rows are distinct incidents, kept.
      return null;
    }
    long first = crimeIds.add(b, s, e, line);
    return first == 0
        ? null
        : "Crime ID: expected each crime once, found a repeat of line " + first + " (counted once)";
  }

  private String text(byte[] b, int field) {
    int s = start[field];
    int e = end[field];
    if (e - s >= 2 && b[s] == '"') {
      return new String(b, s + 1, e - s - 2, StandardCharsets.UTF_8).replace("\"\"", "\"");
    }
    return new String(b, s, e - s, StandardCharsets.UTF_8);
  }

  /** Bytes as a quoted, shortened string for a message. */
  static String quote(byte[] b, int s, int e) {
    int cut = Math.min(e, s + 60);
    return "\"" + new String(b, s, cut - s, StandardCharsets.UTF_8) + (cut < e ? "…" : "") + "\"";
  }
}
