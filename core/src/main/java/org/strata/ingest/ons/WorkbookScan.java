package org.strata.ingest.ons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.ons.OnsCspReader.Layout;
import org.strata.ingest.ons.TabularFile.Row;

/**
 * One streaming pass over a workbook: each sheet's first {@value TabularFile#PREVIEW_ROWS} rows are
 * searched for a header; open-data sheets are fed row by row to an {@link OpenDataTable}; bulletin
 * sheets (Table C2, Table P1, a few hundred rows each) are kept whole for their readers (one of
 * more than {@value #MAX_KEPT_ROWS} rows refuses the workbook rather than lose its tail); a
 * {@code Notes} sheet is kept for its {@code Updated:} date and force notes; other sheets are
 * skipped.
 */
final class WorkbookScan implements SpreadsheetFile.Visitor {
  private static final int MAX_KEPT_ROWS = 100_000;
  private static final Pattern UPDATED = Pattern.compile("(?i)^(?:last\\s+)?updated:?\\s*(.+)$");

  /** A bulletin sheet kept whole: its preamble, header and data rows. */
  record Kept(String name, Layout layout, List<Row> preamble, Row header, List<Row> rows) {}

  private final Path file;
  private final OpenDataTable openData;
  private final List<Kept> kept = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<Row> firstPreamble = new ArrayList<>();
  private @Nullable String updated;
  private int sheets;
  private String name = "";
  private List<Row> preamble = new ArrayList<>();
  private @Nullable Layout layout;
  private boolean notesSheet;
  private @Nullable Kept current;

  WorkbookScan(Path file, OpenDataTable openData) {
    this.file = file;
    this.openData = openData;
  }

  @Override
  public boolean startSheet(int index, String sheetName) {
    sheets++;
    name = sheetName;
    preamble = new ArrayList<>();
    layout = null;
    current = null;
    notesSheet = sheetName.strip().equalsIgnoreCase("Notes");
    return true;
  }

  @Override
  public boolean row(Row row) {
    if (layout == Layout.OPEN_DATA) {
      openData.row(row, fit(row, openData.width()));
      return true;
    }
    if (current != null) {
      if (current.rows().size() == MAX_KEPT_ROWS) {
        // stopping here would drop the rest unread, and a bulletin table has a few hundred rows
        throw new BadInputException(SourcePosition.of(file, row.line()), "sheet \"" + name
            + "\": expected a bulletin table of at most 100,000 rows, found more");
      }
      current.rows().add(row);
      return true;
    }
    if (notesSheet) {
      note(row);
      return true;
    }
    Layout found = OnsCspReader.layoutOf(row);
    if (found == Layout.OPEN_DATA) {
      layout = found;
      openData.header(name, row);
    } else if (found != null) {
      layout = found;
      current = new Kept(name, found, preamble, row, new ArrayList<>());
      kept.add(current);
    } else {
      preamble.add(row);
      if (sheets == 1 && firstPreamble.size() < 3) {
        firstPreamble.add(row);
      }
    }
    return layout != null || preamble.size() < TabularFile.PREVIEW_ROWS;
  }

  private void note(Row row) {
    for (String cell : row.cells()) {
      String text = TabularFile.clean(cell);
      Matcher m = UPDATED.matcher(text);
      if (updated == null && m.matches()) {
        updated = m.group(1).strip();
      } else if (!text.isEmpty() && notes.size() < 200) {
        notes.add(text);
      }
    }
  }

  /** Pads a spreadsheet row to the header's width; trailing empty cells beyond it are dropped. */
  static List<String> fit(Row row, int width) {
    List<String> cells = row.cells();
    if (cells.size() == width) {
      return cells;
    }
    List<String> out = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
    while (out.size() < width) {
      out.add("");
    }
    return out;
  }

  /** The bulletin sheets found, in workbook order. */
  List<Kept> kept() {
    return kept;
  }

  /** How many sheets the workbook has. */
  int sheetCount() {
    return sheets;
  }

  /** The first sheet's first rows, to describe a workbook with no recognisable table. */
  List<Row> firstRows() {
    return firstPreamble;
  }

  /** The Notes sheet's "Updated:" date, if any. */
  @Nullable String updated() {
    return updated;
  }

  /** The Notes sheet's lines mentioning "unassigned" (the Force Notes block), lower-cased check. */
  List<String> forceNotes() {
    return notes.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains("unassigned")).toList();
  }
}
