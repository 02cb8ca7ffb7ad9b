package org.strata.reference;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.common.UsageException;

/**
 * A run of whole calendar months, inclusive at both ends. Written as a financial year ({@code
 * 2023-24}, April 2023 to March 2024), a month ({@code 2024-03}) or a range ({@code
 * 2024-07..2025-06}). A range that is exactly one financial year is labelled as that year.
 */
public record Period(YearMonth start, YearMonth end) implements Comparable<Period> {
  private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  /**
   * Validates the period.
   *
   * @throws IllegalArgumentException if end is before start.
   */
  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /**
   * Parses a period as written on the command line, in config files and in the API.
   *
   * @throws UsageException if the text is none of the three forms.
   */
  public static Period parse(String text) {
    String t = text.strip();
    int dots = t.indexOf("..");
    Period a = single(dots > 0 ? t.substring(0, dots) : t);
    Period b = dots > 0 ? single(t.substring(dots + 2)) : a;
    if (a == null || b == null) {
      throw new UsageException(
          "period \""
              + text
              + "\": expected a financial year (2023-24), a month (2024-03) or a range"
              + " (2024-07..2025-06)");
    }
    if (b.end.isBefore(a.start)) {
      throw new UsageException("period \"" + text + "\": expected the range to run forwards");
    }
    return new Period(a.start, b.end);
  }

  /** A financial year or a month, or null when the text is neither. */
  private static @Nullable Period single(String t) {
    Matcher fy = FINANCIAL_YEAR.matcher(t);
    if (!fy.matches()) {
      return null;
    }
    try {
      int first = Integer.parseInt(fy.group(1));
      int second = Integer.parseInt(fy.group(2));
      if (second == (first + 1) % 100) {
        return financialYear(first);
      }
      if (second >= 1 && second <= 12 && MONTH.matcher(t).matches()) {
        return month(YearMonth.parse(t));
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** The financial year starting in April of the given year. */
  public static Period financialYear(int startYear) {
    return new Period(YearMonth.of(startYear, 4), YearMonth.of(startYear + 1, 3));
  }

  /** The single month. */
  public static Period month(YearMonth month) {
    return new Period(month, month);
  }

  /** Number of months in the period. */
  public int months() {
    return (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
  }

  /** True when the period is exactly one financial year (April to March). */
  public boolean isFinancialYear() {
    return start.getMonthValue() == 4 && end.equals(start.plusMonths(11));
  }

  /** The month holding the period's midpoint: the start plus half its length, rounded down. */
  public YearMonth midpoint() {
    return start.plusMonths(months() / 2);
  }

  /** The same months shifted by a number of years (negative for earlier). */
  public Period shiftYears(int years) {
    return new Period(start.plusYears(years), end.plusYears(years));
  }

  /** The previous equivalent period: the same months one year earlier. */
  public Period previous() {
    return shiftYears(-1);
  }

  /** True when every month of {@code other} lies inside this period. */
  public boolean contains(Period other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** The canonical label: {@code 2023-24}, {@code 2024-03} or {@code 2024-07..2025-06}. */
  public String label() {
    if (isFinancialYear()) {
      return String.format("%d-%02d", start.getYear(), (start.getYear() + 1) % 100);
    }
    if (start.equals(end)) {
      return start.toString();
    }
    return start + ".." + end;
  }

  /** A label for readers, e.g. "2023-24", "March 2024" or "July 2024 to June 2025". */
  public String readable() {
    if (isFinancialYear()) {
      return label();
    }
    if (start.equals(end)) {
      return monthName(start);
    }
    return monthName(start) + " to " + monthName(end);
  }

  private static String monthName(YearMonth m) {
    String name = m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    return name + " " + m.getYear();
  }

  @Override
  public int compareTo(Period o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }

  @Override
  public String toString() {
    return label();
  }
}
