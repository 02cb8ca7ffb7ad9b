package org.strata.ingest.ons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.strata.ingest.ons.TabularFile.Row;

/**
 * A workbook streamed sheet by sheet to a {@link Visitor}, one row at a time, in one pass over the
 * file; nothing is held but the row being read.
 */
interface SpreadsheetFile {
  /** A sheet's name and its non-blank rows (or the first of them). */
  record Sheet(String name, List<Row> rows) {}

  /** Receives a workbook's sheets and their non-blank rows in order. */
  interface Visitor {
    /** A sheet starts (0-based index); false skips its rows. */
    boolean startSheet(int index, String name);

    /** One non-blank row of the current sheet; false skips the rest of the sheet. */
    boolean row(Row row);
  }

  /**
   * Streams every sheet to the visitor.
   *
   * @throws org.strata.common.BadInputException if the workbook is damaged.
   */
  void stream(Visitor visitor);

  /**
   * Reads the wanted sheets (by 0-based index), at most {@code maxRows} non-blank rows of each.
   *
   * @throws org.strata.common.BadInputException if the workbook is damaged.
   */
  default List<Sheet> read(int maxRows, IntPredicate wanted) {
    List<Sheet> sheets = new ArrayList<>();
    stream(new Visitor() {
      @Override
      public boolean startSheet(int index, String name) {
        if (wanted.test(index)) {
          sheets.add(new Sheet(name, new ArrayList<>()));
          return true;
        }
        return false;
      }

      @Override
      public boolean row(Row row) {
        List<Row> rows = sheets.get(sheets.size() - 1).rows();
        rows.add(row);
        return rows.size() < maxRows;
      }
    });
    return sheets.stream().map(s -> new Sheet(s.name(), List.copyOf(s.rows()))).toList();
  }

  /** Builds one row from sparse cells, dropping trailing empty cells; empty when blank. */
  final class RowBuilder {
    private final List<String> cells = new ArrayList<>();

    void set(int column, String value) {
      if (value.isEmpty()) {
        return;
      }
      while (cells.size() < column) {
        cells.add("");
      }
      if (column < cells.size()) {
        cells.set(column, value);
      } else {
        cells.add(value);
      }
    }

    boolean isBlank() {
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }

    Row build(long line) {
      Row row = new Row(line, cells);
      cells.clear();
      return row;
    }

    void clear() {
      cells.clear();
    }
  }
}
