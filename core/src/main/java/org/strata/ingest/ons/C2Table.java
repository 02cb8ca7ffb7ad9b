package org.strata.ingest.ons;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.ons.TabularFile.Row;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/** Reads the data rows under a Table C2 header: one count per offence column per row. */
final class C2Table {
  static final String PFA_CODE = "Police Force Area code";
  static final String PFA_NAME = "Police Force Area name";
  static final String CSP_CODE = "Community Safety Partnership code";
  static final String CSP_NAME = "Community Safety Partnership name";
  static final String LA_CODE = "Local Authority code";
  static final String LA_NAME = "Local Authority name";
  static final String COMBINED = "Combined Local Authorities";
  private static final Pattern YEAR_ENDING =
      Pattern.compile("year ending\\s+([A-Za-z]+)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern GSS = Pattern.compile("[EWSNK]\\d{8}");
  private static final Pattern SHORTHAND = Pattern.compile("\\[[a-z]{1,2}\\]", Pattern.CASE_INSENSITIVE);

  private final TabularFile table;
  private final Row headerRow;
  private final List<String> header = new ArrayList<>();
  private final List<Row> preamble;
  private final @Nullable Period givenPeriod;
  private final Map<String, ForceTally> forces = new LinkedHashMap<>();
  private final Map<String, Long> firstLines = new HashMap<>();

  C2Table(TabularFile table, Row headerRow, List<Row> preamble, @Nullable Period period) {
    this.table = table;
    this.headerRow = headerRow;
    headerRow.cells().forEach(c -> header.add(TabularFile.clean(c)));
    this.preamble = preamble;
    this.givenPeriod = period;
  }

  ReadResult<OffenceCountRow> read() {
    int pfaCode = require(PFA_CODE);
    int pfaName = require(PFA_NAME);
    int cspCode = require(CSP_CODE);
    int cspName = require(CSP_NAME);
    int laCode = require(LA_CODE);
    int laName = header.indexOf(LA_NAME);
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!header.get(i).isEmpty() && !List.of(pfaCode, pfaName, cspCode, cspName, laCode, laName).contains(i)) {
        counts.add(i);
      }
    }
    if (counts.isEmpty()) {
      throw table.error(headerRow.line(), "expected offence columns after \"" + LA_NAME + "\", found none");
    }
    Period period = givenPeriod != null ? givenPeriod : titlePeriod(table, preamble);
    List<Made> made = new ArrayList<>();
    List<RejectedRow> rejects = new ArrayList<>();
    Map<String, Set<String>> cspsByDistrict = new HashMap<>();
    long read = 0;
    for (Row row = table.next(); row != null; row = table.next()) {
      read++;
      List<String> cells = table.fit(row, header.size());
      Area area = area(cells, pfaCode, pfaName, cspCode, cspName, laCode, laName);
      String problem = area.problem();
      List<OffenceCountRow> counted = new ArrayList<>();
      for (int i = 0; problem == null && i < counts.size(); i++) {
        String text = cells.get(counts.get(i)).strip();
        OptionalLong n = TabularFile.wholeNumber(text);
        // an empty cell says no more than [x] does (ONS leaves "unassigned Surrey" blank)
        if (n.isEmpty() && !text.isEmpty() && !SHORTHAND.matcher(text).matches()) {
          problem = "column \"" + header.get(counts.get(i)) + "\": expected a whole number or [x], found \"" + text + "\"";
        } else {
          counted.add(new OffenceCountRow(area.code(), area.name(), area.unit(), area.pfaCode(), period,
              header.get(counts.get(i)), Taxonomy.ONS, n.isPresent() ? n.getAsLong() : null, true, row.line()));
        }
      }
      if (problem != null) {
        rejects.add(new RejectedRow(row.line(), problem, row.raw()));
      } else {
        made.add(new Made(area, counted, row));
        if (area.unit().equals("district")) {
          cspsByDistrict.computeIfAbsent(area.code(), k -> new HashSet<>()).add(area.cspCode());
        }
      }
    }
    List<OffenceCountRow> records = new ArrayList<>();
    for (Made m : made) {
      // several legacy CSPs (Chiltern, Wycombe …) name one new unitary: they are CSPs, not the district
      boolean shared = m.area().unit().equals("district") && cspsByDistrict.get(m.area().code()).size() > 1;
      Area area = shared ? m.area().asCsp() : m.area();
      Long first = firstLines.putIfAbsent(area.code(), m.row().line());
      if (first != null) {
        // ONS's own table has two: "unassigned Surrey" and "Unassigned South Wales" carry other forces' codes
        rejects.add(new RejectedRow(m.row().line(),
            "expected one row per area, found \"" + area.code() + "\" again (first on line " + first + ")", m.row().raw()));
        continue;
      }
      List<OffenceCountRow> rows = shared ? m.rows().stream().map(r -> area.relabel(r)).toList() : m.rows();
      records.addAll(rows);
      forces.computeIfAbsent(area.pfaCode(), k -> new ForceTally(area.pfaName())).add(area, rows);
    }
    forces.forEach((code, tally) -> records.addAll(tally.soleAreaAsForce(code)));
    rejects.sort(Comparator.comparingLong(RejectedRow::line));
    return new ReadResult<>(read, read - rejects.size(), records, rejects);
  }

  /** One accepted row's area and counts, before shared districts are known. */
  private record Made(Area area, List<OffenceCountRow> rows, Row row) {}

  /** Where a row's counts belong, or why it has none. */
  private record Area(String code, String name, String unit, String pfaCode, String pfaName, String cspCode,
      String cspName, @Nullable String problem) {
    static Area refused(String problem) {
      return new Area("", "", "", "", "", "", "", problem);
    }

    Area asCsp() {
      return new Area(cspCode, cspName, "csp", pfaCode, pfaName, cspCode, cspName, null);
    }

    OffenceCountRow relabel(OffenceCountRow r) {
      return new OffenceCountRow(code, name, unit, pfaCode, r.period(), r.category(), r.taxonomy(), r.count(),
          r.published(), r.line());
    }
  }

  private static Area area(List<String> cells, int pfaCode, int pfaName, int cspCode, int cspName, int laCode, int laName) {
    String pfa = TabularFile.clean(cells.get(pfaCode));
    String force = TabularFile.clean(cells.get(pfaName));
    String csp = TabularFile.clean(cells.get(cspCode));
    String cspLabel = TabularFile.clean(cells.get(cspName));
    String la = TabularFile.clean(cells.get(laCode));
    String laLabel = laName < 0 ? "" : TabularFile.clean(cells.get(laName));
    if (!GSS.matcher(pfa).matches()) {
      // a note below the table ("Source: …") once loaded as a force coded with its text
      return Area.refused("column \"" + PFA_CODE + "\": expected a police force area code like E23000015, found \""
          + (pfa.length() > 60 ? pfa.substring(0, 60) + "…" : pfa) + "\"");
    }
    if (csp.isEmpty() && cspLabel.isEmpty()) {
      return new Area(pfa, force, "police_force_area", pfa, force, csp, cspLabel, null);
    }
    if (csp.isEmpty()) {
      boolean unassigned = cspLabel.toLowerCase(Locale.ROOT).startsWith("unassigned");
      return unassigned
          ? new Area(pfa + ":unassigned", cspLabel, "unassigned", pfa, force, csp, cspLabel, null)
          : new Area(pfa + ":" + slug(cspLabel), cspLabel, "other", pfa, force, csp, cspLabel, null);
    }
    if (la.isEmpty() || la.equalsIgnoreCase(COMBINED)) {
      return new Area(csp, cspLabel, "csp", pfa, force, csp, cspLabel, null);
    }
    return new Area(la, laLabel.isEmpty() ? cspLabel : laLabel, "district", pfa, force, csp, cspLabel, null);
  }

  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  private int require(String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(column)) {
        return i;
      }
    }
    throw table.error(headerRow.line(), "expected column \"" + column + "\", found " + OnsCspReader.list(header));
  }

  /** The period of "year ending June 2025" in the rows above the header. */
  static Period titlePeriod(TabularFile table, List<Row> preamble) {
    for (Row row : preamble) {
      for (String cell : row.cells()) {
        Matcher m = YEAR_ENDING.matcher(TabularFile.clean(cell));
        Month month = m.find() ? month(m.group(1)) : null;
        if (month != null) {
          YearMonth end = YearMonth.of(Integer.parseInt(m.group(2)), month);
          return new Period(end.minusMonths(11), end);
        }
      }
    }
    String found = preamble.isEmpty() ? "no title" : OnsCspReader.describe(preamble);
    throw table.error(1,
        "expected a title with \"year ending <Month> <Year>\" or --period, found " + found);
  }

  private static @Nullable Month month(String name) {
    try {
      return Month.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * What one force's rows were, to spot a force whose only row is its one CSP, named as the force
   * (City of London): that row is the force's total too.
   */
  private static final class ForceTally {
    private final String name;
    private boolean total;
    private int others;
    private final List<OffenceCountRow> areaRows = new ArrayList<>();
    private int areas;
    private boolean namedAsForce;

    ForceTally(String name) {
      this.name = name;
    }

    void add(Area area, List<OffenceCountRow> rows) {
      switch (area.unit()) {
        case "police_force_area" -> total = true;
        case "district", "csp" -> {
          // only a sole area row is ever needed, so keep the first and drop it on the second
          if (areas++ == 0) {
            namedAsForce = area.name().equalsIgnoreCase(name);
            areaRows.addAll(rows);
          } else {
            areaRows.clear();
          }
        }
        default -> others++;
      }
    }

    List<OffenceCountRow> soleAreaAsForce(String code) {
      if (total || others > 0 || areas != 1 || !namedAsForce) {
        return List.of();
      }
      return areaRows.stream()
          .map(r -> new OffenceCountRow(code, name, "police_force_area", code, r.period(), r.category(),
              r.taxonomy(), r.count(), true, r.line()))
          .toList();
    }
  }
}
