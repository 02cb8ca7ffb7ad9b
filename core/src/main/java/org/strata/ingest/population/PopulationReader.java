package org.strata.ingest.population;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.ingest.PopulationRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.ons.TabularFile;
import org.strata.ingest.ons.TabularFile.Row;

/**
 * Reads ONS mid-year population estimates from CSV, XLSX or ODS, in two layouts:
 *
 * <ul>
 *   <li><b>MYE4 (wide)</b>: {@code Code, Name, Geography, Mid-2023, Mid-2022, …}, one row per area
 *       and one {@link PopulationRow} per year column. In a workbook the sheet named {@code MYE4}
 *       is read, else the first sheet holding such a header; preamble rows above it are skipped.
 *   <li><b>Long</b>: {@code area_code, area_name, year, persons}, one row per area and year.
 * </ul>
 *
 * <p>Rows read are the data rows; a row with an empty code or a value that is not a whole number
 * (thousands separators are allowed) is quarantined with the column named. A file with no header
 * in its first {@value TabularFile#PREVIEW_ROWS} rows, or a header without a code column, is
 * refused with a {@link BadInputException}.
 */
public final class PopulationReader {
  private static final Pattern MID_YEAR = Pattern.compile("(?i)mid-?\\s*(\\d{4}).*");

  /**
   * Reads a file.
   *
   * @throws BadInputException if the file is binary, has no recognisable header or no code column.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public ReadResult<PopulationRow> read(Path file) {
    try (TabularFile table = TabularFile.open(file, PopulationReader::score)) {
      Row first = null;
      for (int i = 0; i < TabularFile.PREVIEW_ROWS; i++) {
        Row row = table.next();
        if (row == null) {
          break;
        }
        first = first == null ? row : first;
        List<String> header = row.cells().stream().map(TabularFile::clean).toList();
        if (header.stream().anyMatch(h -> MID_YEAR.matcher(h).matches())) {
          return readWide(table, row.line(), header);
        }
        if (indexOf(header, "year") >= 0 && indexOf(header, "persons") >= 0) {
          return readLong(table, row.line(), header);
        }
      }
      throw table.error(1, "expected a header with \"Code\" and \"Mid-<year>\" columns (MYE4) or"
          + " \"area_code,area_name,year,persons\", found " + describe(first));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }

  /** Prefers a sheet named MYE4, then any sheet with a Mid-year header. */
  static int score(String sheetName, List<Row> rows) {
    if (sheetName.strip().equalsIgnoreCase("MYE4")) {
      return 2;
    }
    boolean header = rows.stream().anyMatch(r -> r.cells().stream()
        .anyMatch(c -> MID_YEAR.matcher(TabularFile.clean(c)).matches())
        && r.cells().stream().anyMatch(c -> TabularFile.clean(c).equalsIgnoreCase("Code")));
    return header ? 1 : 0;
  }

  private static ReadResult<PopulationRow> readWide(TabularFile table, long headerLine, List<String> header) {
    int code = require(table, headerLine, header, "Code");
    int name = indexOf(header, "Name");
    List<Integer> years = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (MID_YEAR.matcher(header.get(i)).matches()) {
        years.add(i);
      }
    }
    List<PopulationRow> records = new ArrayList<>();
    List<RejectedRow> rejects = new ArrayList<>();
    long read = 0;
    for (Row row = table.next(); row != null; row = table.next()) {
      read++;
      List<String> cells = table.fit(row, header.size());
      String area = TabularFile.clean(cells.get(code));
      String label = name < 0 ? "" : TabularFile.clean(cells.get(name));
      List<PopulationRow> made = new ArrayList<>();
      String problem = area.isEmpty() ? problem(header.get(code), "an area code", area) : null;
      for (int i = 0; problem == null && i < years.size(); i++) {
        String text = cells.get(years.get(i)).strip();
        OptionalLong persons = TabularFile.wholeNumber(text);
        Matcher year = MID_YEAR.matcher(header.get(years.get(i)));
        if (persons.isEmpty() || !year.matches()) {
          problem = problem(header.get(years.get(i)), "a whole number", text);
        } else {
          made.add(new PopulationRow(area, label, Integer.parseInt(year.group(1)), persons.getAsLong(), row.line()));
        }
      }
      if (problem == null) {
        records.addAll(made);
      } else {
        rejects.add(new RejectedRow(row.line(), problem, row.raw()));
      }
    }
    return new ReadResult<>(read, read - rejects.size(), records, rejects);
  }

  private static ReadResult<PopulationRow> readLong(TabularFile table, long headerLine, List<String> header) {
    int code = require(table, headerLine, header, "area_code");
    int name = indexOf(header, "area_name");
    int year = indexOf(header, "year");
    int persons = indexOf(header, "persons");
    List<PopulationRow> records = new ArrayList<>();
    List<RejectedRow> rejects = new ArrayList<>();
    long read = 0;
    for (Row row = table.next(); row != null; row = table.next()) {
      read++;
      List<String> cells = table.fit(row, header.size());
      String area = TabularFile.clean(cells.get(code));
      OptionalLong y = TabularFile.wholeNumber(cells.get(year));
      OptionalLong n = TabularFile.wholeNumber(cells.get(persons));
      String problem = area.isEmpty() ? problem(header.get(code), "an area code", area)
          : y.isEmpty() || y.getAsLong() < 1800 || y.getAsLong() > 2200
              ? problem(header.get(year), "a year like 2023", cells.get(year).strip())
              : n.isEmpty() ? problem(header.get(persons), "a whole number", cells.get(persons).strip()) : null;
      if (problem == null) {
        String label = name < 0 ? "" : TabularFile.clean(cells.get(name));
        records.add(new PopulationRow(area, label, (int) y.getAsLong(), n.getAsLong(), row.line()));
      } else {
        rejects.add(new RejectedRow(row.line(), problem, row.raw()));
      }
    }
    return new ReadResult<>(read, read - rejects.size(), records, rejects);
  }

  private static int indexOf(List<String> header, String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(column)) {
        return i;
      }
    }
    return -1;
  }

  private static int require(TabularFile table, long line, List<String> header, String column) {
    int at = indexOf(header, column);
    if (at < 0) {
      String found = header.stream().filter(h -> !h.isEmpty()).map(h -> "\"" + h + "\"").collect(Collectors.joining(", "));
      throw table.error(line, "expected column \"" + column + "\", found " + found);
    }
    return at;
  }

  private static String problem(String column, String expected, String found) {
    return "column \"" + column + "\": expected " + expected + ", found \"" + found + "\"";
  }

  private static String describe(@Nullable Row first) {
    if (first == null) {
      return "an empty file";
    }
    String cells = first.cells().stream().map(TabularFile::clean).filter(c -> !c.isEmpty()).limit(3)
        .map(c -> "\"" + (c.length() > 60 ? c.substring(0, 60) + "…" : c) + "\"")
        .collect(Collectors.joining(", "));
    return cells.isEmpty() ? "\"\"" : cells;
  }
}
