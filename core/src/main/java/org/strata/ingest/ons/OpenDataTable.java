package org.strata.ingest.ons;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.ons.TabularFile.Row;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * Reads the quarterly open-data layout and sums its offence-code rows per CSP and quarter to
 * subgroups, groups and the total excluding fraud. Only the sums are held, never the rows.
 */
final class OpenDataTable {
  static final String TOTAL = "Total recorded crime (excluding fraud)";
  static final String YEAR = "Financial Year";
  static final String QUARTER = "Financial Quarter";
  static final String FORCE = "Force Name";
  static final String CSP = "CSP Name";
  static final String GROUP = "Offence Group";
  static final String SUBGROUP = "Offence Subgroup";
  static final String COUNT = "Number of Offences";
  private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
  private static final Pattern QUARTER_NUMBER = Pattern.compile("(?i)q?([1-4])");

  private final TabularFile table;
  private final Row headerRow;
  private final List<String> header = new ArrayList<>();
  private final Map<CspQuarter, Sums> sums = new LinkedHashMap<>();

  OpenDataTable(TabularFile table, Row headerRow) {
    this.table = table;
    this.headerRow = headerRow;
    headerRow.cells().forEach(c -> header.add(TabularFile.clean(c)));
  }

  /** One CSP in one quarter. */
  private record CspQuarter(String force, String csp, Period quarter) {}

  /** Running sums for one CSP-quarter, each with the line of its first contributing row. */
  private static final class Sums {
    final long line;
    final Map<String, long[]> subgroups = new LinkedHashMap<>();
    final Map<String, long[]> groups = new LinkedHashMap<>();
    final long[] total;

    Sums(long line) {
      this.line = line;
      this.total = new long[] {0, line, 0};
    }
  }

  ReadResult<OffenceCountRow> read() {
    int[] columns = {require(YEAR), require(QUARTER), require(FORCE), require(CSP), require(GROUP),
        require(SUBGROUP), require(COUNT)};
    List<RejectedRow> rejects = new ArrayList<>();
    long read = 0;
    for (Row row = table.next(); row != null; row = table.next()) {
      read++;
      List<String> cells = table.fit(row, header.size());
      String problem = add(row.line(), cells, columns);
      if (problem != null) {
        rejects.add(new RejectedRow(row.line(), problem, row.raw()));
      }
    }
    return new ReadResult<>(read, read - rejects.size(), records(), rejects);
  }

  /** Adds one row to the sums; returns why it was refused, or null. */
  private @Nullable String add(long line, List<String> cells, int[] at) {
    String[] v = new String[at.length];
    for (int i = 0; i < at.length; i++) {
      v[i] = TabularFile.clean(cells.get(at[i]));
    }
    Matcher fy = FINANCIAL_YEAR.matcher(v[0]);
    if (!fy.matches() || !followsOn(Integer.parseInt(fy.group(1)), fy.group(2))) {
      return problem(YEAR, "a financial year like 2023/24", v[0]);
    }
    Matcher q = QUARTER_NUMBER.matcher(v[1]);
    if (!q.matches()) {
      return problem(QUARTER, "1, 2, 3 or 4", v[1]);
    }
    for (int i = 2; i <= 5; i++) {
      if (v[i].isEmpty()) {
        return problem(header.get(at[i]), "a name", v[i]);
      }
    }
    OptionalLong count = TabularFile.wholeNumber(v[6]);
    if (count.isEmpty()) {
      return problem(COUNT, "a whole number", v[6]);
    }
    YearMonth start = YearMonth.of(Integer.parseInt(fy.group(1)), 4).plusMonths(3L * (Integer.parseInt(q.group(1)) - 1));
    Sums s = sums.computeIfAbsent(new CspQuarter(v[2], v[3], new Period(start, start.plusMonths(2))), k -> new Sums(line));
    long n = count.getAsLong();
    accumulate(s.subgroups.computeIfAbsent(v[5], k -> new long[] {0, line}), n);
    accumulate(s.groups.computeIfAbsent(v[4], k -> new long[] {0, line}), n);
    if (!v[4].toLowerCase(Locale.ROOT).contains("fraud")) {
      accumulate(s.total, n);
      s.total[2] = 1;
    }
    return null;
  }

  private void accumulate(long[] sum, long n) {
    try {
      sum[0] = Math.addExact(sum[0], n);
    } catch (ArithmeticException e) {
      throw table.error(sum[1], "expected counts that sum to less than 2^63, found an overflow");
    }
  }

  private static boolean followsOn(int first, String second) {
    int next = Integer.parseInt(second);
    return second.length() == 2 ? next == (first + 1) % 100 : next == first + 1;
  }

  private static String problem(String column, String expected, String found) {
    return "column \"" + column + "\": expected " + expected + ", found \"" + found + "\"";
  }

  /**
   * The sums as rows: subgroups, then groups, then the total. A subgroup named like a group of the
   * same CSP-quarter is left to the group's row, so no category appears twice.
   */
  private List<OffenceCountRow> records() {
    List<OffenceCountRow> out = new ArrayList<>();
    sums.forEach((key, s) -> {
      s.subgroups.forEach((name, sum) -> {
        if (!s.groups.containsKey(name)) {
          out.add(row(key, name, sum));
        }
      });
      s.groups.forEach((name, sum) -> out.add(row(key, name, sum)));
      if (s.total[2] == 1) {
        out.add(row(key, TOTAL, s.total));
      }
    });
    return out;
  }

  private static OffenceCountRow row(CspQuarter key, String category, long[] sum) {
    return new OffenceCountRow(key.csp(), key.csp(), "csp_name", key.force(), key.quarter(), category,
        Taxonomy.ONS, sum[0], false, sum[1]);
  }

  private int require(String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(column)) {
        return i;
      }
    }
    throw table.error(headerRow.line(), "expected column \"" + column + "\", found " + OnsCspReader.list(header));
  }
}
