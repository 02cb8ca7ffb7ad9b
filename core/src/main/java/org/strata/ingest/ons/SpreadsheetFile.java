package org.strata.ingest.ons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.strata.ingest.ons.TabularFile.Row;

/** A workbook read sheet by sheet, holding at most the rows asked for of the sheets asked for. */
interface SpreadsheetFile {
  /** A sheet's name and its non-blank rows (or the first of them). */
  record Sheet(String name, List<Row> rows) {}

  /**
   * Reads the wanted sheets (by 0-based index), at most {@code maxRows} non-blank rows of each.
   *
   * @throws org.strata.common.BadInputException if the workbook is damaged.
   */
  List<Sheet> read(int maxRows, IntPredicate wanted);

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
      return cells.stream().allMatch(String::isBlank);
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
