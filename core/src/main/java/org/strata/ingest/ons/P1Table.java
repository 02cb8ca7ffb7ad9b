package org.strata.ingest.ons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.ons.TabularFile.Row;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * Reads ONS Table P1 (police recorded crime by offence group and police force area): one row per
 * England and Wales, country, region and police force area, each with its GSS code, plus British
 * Transport Police without one; every count is published.
 */
final class P1Table {
  static final String AREA_CODE = "Area Code";
  static final String AREA_NAME = "Area Name";
  static final String ENGLAND_AND_WALES = "K04000001";
  /** The code British Transport Police's row is stored under. */
  static final String BTP = ENGLAND_AND_WALES + ":british-transport-police";
  private static final Pattern SHORTHAND = Pattern.compile("\\[[a-z]{1,2}\\]", Pattern.CASE_INSENSITIVE);

  private final TabularFile table;
  private final Row headerRow;
  private final List<String> header = new ArrayList<>();
  private final Period period;

  P1Table(TabularFile table, Row headerRow, List<Row> preamble, @Nullable Period given) {
    this.table = table;
    this.headerRow = headerRow;
    headerRow.cells().forEach(c -> header.add(TabularFile.clean(c)));
    this.period = given != null ? given : C2Table.titlePeriod(table, preamble);
  }

  ReadResult<OffenceCountRow> read() {
    int code = require(AREA_CODE);
    int name = require(AREA_NAME);
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i != code && i != name && !header.get(i).isEmpty()) {
        counts.add(i);
      }
    }
    if (counts.isEmpty()) {
      throw table.error(headerRow.line(), "expected offence columns after \"" + AREA_NAME + "\", found none");
    }
    List<OffenceCountRow> records = new ArrayList<>();
    List<RejectedRow> rejects = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    long read = 0;
    for (Row row = table.next(); row != null; row = table.next()) {
      read++;
      List<String> cells = table.fit(row, header.size());
      String areaCode = TabularFile.clean(cells.get(code));
      String areaName = TabularFile.clean(cells.get(name));
      String unit = unit(areaCode, areaName);
      String problem = unit == null
          ? "column \"" + AREA_CODE + "\": expected a GSS code (K04, E92/W92, E12, E23/W15) or British Transport"
              + " Police, found \"" + areaCode + "\" (" + areaName + ")"
          : null;
      String stored = areaCode.isEmpty() ? BTP : areaCode;
      Long first = problem == null ? seen.putIfAbsent(stored, row.line()) : null;
      if (first != null) {
        problem = "expected one row per area, found \"" + stored + "\" again (first on line " + first + ")";
      }
      List<OffenceCountRow> made = new ArrayList<>();
      for (int i = 0; problem == null && i < counts.size(); i++) {
        String text = cells.get(counts.get(i)).strip();
        OptionalLong n = OpenDataTable.count(text.replace(",", "").strip());
        if (n.isEmpty() && !text.isEmpty() && !SHORTHAND.matcher(text).matches()) {
          problem = "column \"" + header.get(counts.get(i)) + "\": expected a whole number or [x], found \"" + text + "\"";
        } else {
          String pfa = unit.equals("other") ? ENGLAND_AND_WALES : stored;
          made.add(new OffenceCountRow(stored, areaName, unit, pfa, period, header.get(counts.get(i)),
              Taxonomy.ONS, n.isPresent() ? n.getAsLong() : null, true, row.line()));
        }
      }
      if (problem != null) {
        rejects.add(new RejectedRow(row.line(), problem, row.raw()));
      } else {
        records.addAll(made);
      }
    }
    return new ReadResult<>(read, read - rejects.size(), records, rejects);
  }

  /** The unit a row's code stands for, or null when the code is not one P1 uses. */
  static @Nullable String unit(String code, String name) {
    if (code.isEmpty()) {
      return name.toLowerCase(java.util.Locale.ROOT).contains("british transport") ? "other" : null;
    }
    String prefix = code.length() == 9 ? code.substring(0, 3) : "";
    return switch (prefix) {
      case "K04" -> "england_and_wales";
      case "E92", "W92" -> "country";
      case "E12" -> "region";
      case "E23", "W15" -> "police_force_area";
      default -> null;
    };
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
