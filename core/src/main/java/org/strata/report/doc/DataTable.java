package org.strata.report.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table of the document: an id (also its spreadsheet sheet name), a title, typed columns and rows
 * whose cells are {@link String}, {@link Long}, {@link Double} or null (no value).
 */
public record DataTable(String id, String title, List<Column> columns, List<List<@Nullable Object>> rows, String source) {
  /** Validates the shape and copies; rows keep their nulls. */
  public DataTable {
    Objects.requireNonNull(id, "id");
    columns = List.copyOf(columns);
    List<List<@Nullable Object>> copy = new ArrayList<>();
    for (List<@Nullable Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(
            "table " + id + ": expected " + columns.size() + " cells in a row, found " + r.size());
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  /** A column: header text and how its values are written. */
  public record Column(String header, Kind kind) {}

  /** How a column's values are written. */
  public enum Kind {
    /** Free text. */
    TEXT,
    /** A whole number with thousands separators. */
    COUNT,
    /** A rate per 1,000 with one decimal place. */
    RATE,
    /** A percentage with one decimal place. */
    PERCENT,
    /** A signed percentage change, no decimals. */
    CHANGE,
    /** A plain number with one decimal place. */
    NUMBER,
    /** A content hash: printed shortened, kept whole in the workbook. */
    HASH
  }

  /** Rows a printed document shows; the workbook always has them all. */
  public static final int DOCUMENT_ROWS = 40;

  /** How many rows a printed document shows. */
  public int documentRows() {
    return Math.min(rows.size(), DOCUMENT_ROWS);
  }

  /** The line under a shortened table, or empty when the document shows every row. */
  public String shortenedNote() {
    return rows.size() <= DOCUMENT_ROWS ? "" : String.format(java.util.Locale.UK,
        "Showing the first %d of %,d rows; every row is in tables.xlsx, sheet %s.", DOCUMENT_ROWS, rows.size(), id);
  }

  /** The cell as text for a reader. */
  public String text(int row, int column) {
    return Cells.text(columns.get(column).kind(), rows.get(row).get(column));
  }
}
