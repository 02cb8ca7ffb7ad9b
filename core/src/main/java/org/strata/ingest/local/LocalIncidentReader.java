package org.strata.ingest.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.ons.TabularFile;
import org.strata.ingest.ons.TabularFile.Row;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;

/**
 * Reads a local police or partner extract (CSV or XLSX) whose columns a {@link LocalMapping} names:
 * one incident per row with its month, place, category and flags.
 *
 * <p>A file whose first row lacks a mapped column is refused whole ({@link BadInputException}). A
 * row whose date does not parse, whose area is not a district, whose LSOA is not a GSS code, or
 * that has neither area nor LSOA is quarantined with the reason; rows read = loaded + rejected.
 */
public final class LocalIncidentReader {
  /** Older records are no part of a strategic assessment's six years: a typo, not history. */
  private static final YearMonth EARLIEST = YearMonth.of(2000, 1);
  private static final java.util.regex.Pattern GSS = java.util.regex.Pattern.compile("[EWSNK]\\d{8}");

  private final AreaRegistry areas;
  private final LocalMapping mapping;

  /** Creates a reader for extracts laid out as the mapping says. */
  public LocalIncidentReader(AreaRegistry areas, LocalMapping mapping) {
    this.areas = areas;
    this.mapping = mapping;
  }

  /**
   * Reads a file.
   *
   * @throws BadInputException if the file is binary, empty or lacks a mapped column.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public ReadResult<LocalIncidentRow> read(Path file) {
    try (TabularFile table = TabularFile.open(file, (name, rows) -> 1)) {
      Row header = table.next();
      if (header == null) {
        throw table.error(1, "expected a header row, found an empty file");
      }
      List<String> names = header.cells().stream().map(c -> TabularFile.clean(c).toLowerCase(Locale.ROOT)).toList();
      Map<String, Integer> col = new HashMap<>();
      Map<String, String> wanted = new java.util.LinkedHashMap<>(mapping.columns());
      mapping.flags().forEach((flag, column) -> wanted.put("flag:" + flag, column));
      for (var e : wanted.entrySet()) {
        int i = names.indexOf(TabularFile.clean(e.getValue()).toLowerCase(Locale.ROOT));
        if (i < 0) {
          throw table.error(header.line(), "expected a column \"" + e.getValue() + "\" (mapped to "
              + e.getKey() + "), found " + String.join(", ", names));
        }
        col.put(e.getKey(), i);
      }
      DateTimeFormatter format = LocalMapping.formatter(mapping.dateFormat());
      List<LocalIncidentRow> rows = new ArrayList<>();
      List<RejectedRow> rejects = new ArrayList<>();
      long read = 0;
      for (Row row = table.next(); row != null; row = table.next()) {
        read++;
        List<String> cells = table.fit(row, names.size());
        String problem = parse(cells, col, format, row.line(), rows);
        if (problem != null) {
          rejects.add(new RejectedRow(row.line(), problem, row.raw()));
        }
      }
      return new ReadResult<>(read, rows.size(), rows, rejects);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private @Nullable String parse(
      List<String> cells, Map<String, Integer> col, DateTimeFormatter format, long line,
      List<LocalIncidentRow> out) {
    YearMonth month;
    String field = col.containsKey("month") ? "month" : "date";
    String text = cells.get(col.get(field)).strip();
    try {
      month = field.equals("month") ? YearMonth.parse(text) : YearMonth.from(LocalDate.parse(text, format));
    } catch (DateTimeParseException e) {
      return "column \"" + mapping.columns().get(field) + "\": expected a "
          + (field.equals("month") ? "month YYYY-MM" : "date " + mapping.dateFormat()) + ", found \"" + text + "\"";
    }
    YearMonth latest = YearMonth.now(java.time.ZoneOffset.UTC);
    if (month.isBefore(EARLIEST) || month.isAfter(latest)) {
      return "column \"" + mapping.columns().get(field) + "\": expected a date from " + EARLIEST
          + " to " + latest + ", found \"" + text + "\"";
    }
    String district = null;
    if (col.containsKey("area") && !cells.get(col.get("area")).isBlank()) {
      String area = cells.get(col.get("area")).strip();
      Optional<Area> a = areas.findArea(area).filter(x -> x.level() == AreaLevel.DISTRICT || x.level() == AreaLevel.CSP);
      if (a.isEmpty() || areas.districtsOf(a.get().code()).size() != 1) {
        return "column \"" + mapping.columns().get("area") + "\": expected a district name or GSS code, found \"" + area + "\"";
      }
      district = areas.districtsOf(a.get().code()).get(0).code();
    }
    String lsoa = col.containsKey("lsoa") ? blankToNull(cells.get(col.get("lsoa"))) : null;
    if (lsoa != null && !GSS.matcher(lsoa).matches()) {
      // a 138 KB "code" once reached the store's LSOA index and failed the load (exit 3)
      return "column \"" + mapping.columns().get("lsoa") + "\": expected an LSOA code like E01029001, found \""
          + (lsoa.length() > 40 ? lsoa.substring(0, 40) + "…" : lsoa) + "\"";
    }
    if (district == null && lsoa == null) {
      return "expected an area or an LSOA code, found neither";
    }
    String category = col.containsKey("category") ? blankToNull(cells.get(col.get("category"))) : null;
    List<String> flags = new ArrayList<>();
    for (String flag : mapping.flags().keySet()) {
      String v = cells.get(col.get("flag:" + flag)).strip();
      if (mapping.trueValues().stream().anyMatch(t -> t.equalsIgnoreCase(v))) {
        flags.add(flag);
      }
    }
    out.add(new LocalIncidentRow(month, district, lsoa, category, flags, line));
    return null;
  }

  private static @Nullable String blankToNull(String s) {
    return s.isBlank() ? null : TabularFile.clean(s);
  }
}
