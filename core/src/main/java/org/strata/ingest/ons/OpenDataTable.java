package org.strata.ingest.ons;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.ons.TabularFile.Row;
import org.strata.reference.Offence;
import org.strata.reference.OpenDataCrosswalk;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * Reads the Home Office open data layout (one row per financial quarter, force, CSP and offence
 * code; one sheet per financial year in a workbook) and sums the rows per area and quarter into
 * the ONS headline categories through {@link OpenDataCrosswalk}. Only the sums are held, never the
 * rows, so memory does not grow with the file. Rows are fed one at a time after each sheet's
 * {@link #header}.
 */
final class OpenDataTable {
  static final String YEAR = "Financial Year";
  static final String QUARTER = "Financial Quarter";
  static final List<String> FORCE = List.of("Police Force", "Force Name");
  static final String CSP = "CSP Name";
  static final String GROUP = "Offence Group";
  static final String SUBGROUP = "Offence Subgroup";
  static final List<String> COUNT = List.of("Offence Count", "Number of Offences");
  private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
  private static final Pattern QUARTER_NUMBER = Pattern.compile("(?i)q?([1-4])(?:\\.0+)?");
  private static final Pattern WHOLE_FLOAT = Pattern.compile("(\\d+)\\.0*");

  private final Path file;
  private final OpenDataAreas areas;
  private final OpenDataCrosswalk crosswalk;
  private final Map<UnitQuarter, Map<String, long[]>> sums = new LinkedHashMap<>();
  private final Map<String, List<Offence>> categories = new HashMap<>();
  private final Map<String, Period> quarters = new HashMap<>();
  private final List<RejectedRow> rejects = new ArrayList<>();
  private final List<String> sheets = new ArrayList<>();
  private List<String> header = List.of();
  private int[] columns = new int[0];
  private String sheetPrefix = "";
  private long headerLine = 1;
  private long read;
  private long excluded;

  OpenDataTable(Path file, OpenDataAreas areas, OpenDataCrosswalk crosswalk) {
    this.file = file;
    this.areas = areas;
    this.crosswalk = crosswalk;
  }

  /** One area in one quarter. */
  private record UnitQuarter(OpenDataAreas.Unit unit, Period quarter) {}

  /**
   * Starts a table (a CSV, or one year sheet) at its header row.
   *
   * @param sheet the sheet's name; null for CSV
   * @throws BadInputException if a required column is missing.
   */
  void header(@Nullable String sheet, Row row) {
    header = row.cells().stream().map(TabularFile::clean).toList();
    sheetPrefix = sheet == null ? "" : "sheet \"" + sheet + "\": ";
    headerLine = row.line();
    if (sheet != null) {
      sheets.add(sheet);
    }
    columns = new int[] {require(List.of(YEAR)), require(List.of(QUARTER)), require(FORCE), require(List.of(CSP)),
        require(List.of(GROUP)), require(List.of(SUBGROUP)), require(COUNT)};
  }

  /** Width of the current header. */
  int width() {
    return header.size();
  }

  /** Adds one data row (already fitted to {@link #width()}), or quarantines it with its reason. */
  void row(Row row, List<String> cells) {
    read++;
    String problem = add(row.line(), cells);
    if (problem != null) {
      rejects.add(new RejectedRow(row.line(), sheetPrefix + problem, row.raw()));
    }
  }

  /** The year sheets read, in order; empty for CSV. */
  List<String> sheets() {
    return List.copyOf(sheets);
  }

  /** Rows counted in no category because the crosswalk excludes them (fraud). */
  long excluded() {
    return excluded;
  }

  private @Nullable String add(long line, List<String> cells) {
    String[] v = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      v[i] = TabularFile.clean(cells.get(columns[i]));
    }
    Period quarter = quarter(v[0], v[1]);
    if (quarter == null) {
      return quarterProblem(v[0], v[1]);
    }
    OpenDataAreas.Resolved where = areas.resolve(v[2], v[3], header.get(columns[2]));
    if (where.problem() != null) {
      return where.problem();
    }
    List<Offence> counted = categories(v[4], v[5]);
    if (counted == null) {
      String unknown = crosswalk.find(v[4]).isEmpty() ? GROUP : SUBGROUP;
      String name = unknown.equals(GROUP) ? v[4] : v[5];
      return problem(unknown, "a name in the offence crosswalk (docs/method.md)", name);
    }
    OptionalLong count = count(v[6]);
    if (count.isEmpty()) {
      return problem(header.get(columns[6]), "a whole number", v[6]);
    }
    if (counted.isEmpty()) {
      excluded++;
      return null;
    }
    Map<String, long[]> s = sums.computeIfAbsent(new UnitQuarter(where.unit(), quarter), k -> new LinkedHashMap<>());
    for (Offence o : counted) {
      long[] sum = s.computeIfAbsent(o.name(), k -> new long[] {0, line});
      try {
        sum[0] = Math.addExact(sum[0], count.getAsLong());
      } catch (ArithmeticException e) {
        throw new BadInputException(SourcePosition.of(file, sum[1]),
            sheetPrefix + "expected counts that sum to less than 2^63, found an overflow");
      }
    }
    return null;
  }

  /** The categories a group/subgroup pair counts in; empty when excluded; null when unknown. */
  private @Nullable List<Offence> categories(String group, String subgroup) {
    String key = group + "\u0000" + subgroup;
    List<Offence> known = categories.get(key);
    if (known != null) {
      return known;
    }
    var g = crosswalk.find(group);
    var s = subgroup.isEmpty() ? g : crosswalk.find(subgroup);
    if (g.isEmpty() || s.isEmpty()) {
      return null;
    }
    Offence category = g.get().category() == null ? null : s.get().category();
    List<Offence> out = category == null ? List.of() : crosswalk.countedIn(category);
    categories.put(key, out);
    return out;
  }

  private @Nullable Period quarter(String year, String quarter) {
    String key = year + "/" + quarter;
    Period known = quarters.get(key);
    if (known != null) {
      return known;
    }
    Matcher fy = FINANCIAL_YEAR.matcher(year);
    Matcher q = QUARTER_NUMBER.matcher(quarter);
    if (!fy.matches() || !followsOn(Integer.parseInt(fy.group(1)), fy.group(2)) || !q.matches()) {
      return null;
    }
    YearMonth start = YearMonth.of(Integer.parseInt(fy.group(1)), 4).plusMonths(3L * (Integer.parseInt(q.group(1)) - 1));
    Period p = new Period(start, start.plusMonths(2));
    quarters.put(key, p);
    return p;
  }

  private static String quarterProblem(String year, String quarter) {
    Matcher fy = FINANCIAL_YEAR.matcher(year);
    if (!fy.matches() || !followsOn(Integer.parseInt(fy.group(1)), fy.group(2))) {
      return problem(YEAR, "a financial year like 2023/24", year);
    }
    return problem(QUARTER, "1, 2, 3 or 4", quarter);
  }

  /** A whole count, also when a spreadsheet stored it as a float ("12.0"). */
  static OptionalLong count(String text) {
    int n = text.length();
    if (n > 0 && n <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.of(Long.parseLong(text));
    }
    Matcher m = WHOLE_FLOAT.matcher(text);
    return m.matches() ? TabularFile.wholeNumber(m.group(1)) : TabularFile.wholeNumber(text);
  }

  private static boolean followsOn(int first, String second) {
    int next = Integer.parseInt(second);
    return second.length() == 2 ? next == (first + 1) % 100 : next == first + 1;
  }

  private static String problem(String column, String expected, String found) {
    return "column \"" + column + "\": expected " + expected + ", found \"" + found + "\"";
  }

  /** The sums as rows, in the order first seen; rows read = loaded + rejected. */
  ReadResult<OffenceCountRow> result() {
    List<OffenceCountRow> out = new ArrayList<>();
    sums.forEach((key, s) -> s.forEach((category, sum) -> out.add(new OffenceCountRow(key.unit().code(),
        key.unit().name(), key.unit().kind(), key.unit().pfaCode(), key.quarter(), category, Taxonomy.ONS,
        sum[0], false, sum[1]))));
    return new ReadResult<>(read, read - rejects.size(), out, rejects);
  }

  private int require(List<String> names) {
    for (String column : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(column)) {
          return i;
        }
      }
    }
    String wanted = String.join("\" or \"", names);
    throw new BadInputException(SourcePosition.of(file, headerLine),
        sheetPrefix + "expected column \"" + wanted + "\", found " + OnsCspReader.list(header));
  }
}
