package org.strata.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.data.category.CategoryDataset;
import org.jspecify.annotations.Nullable;
import org.strata.report.doc.DataTable;

/**
 * What a chart shows, in words and as a table, both read from the dataset the chart is drawn from:
 * the alternative text every format carries (PDF {@code /Alt}, Word {@code descr}, HTML
 * {@code aria-label}) and the data table printed with it. Rows of the dataset are series (areas,
 * criteria), columns are periods or categories.
 */
public final class ChartData {
  private final CategoryDataset d;
  private final DataTable.Kind kind;

  /** The words and table of a dataset whose values are of this kind (rate, count, percentage…). */
  public ChartData(CategoryDataset d, DataTable.Kind kind) {
    this.d = d;
    this.kind = kind;
  }

  /**
   * How each series moved over the periods: "Recorded crime per 1,000 residents in Cannock Chase
   * fell from 83.1 in 2022-23 to 68.7 in 2023-24; Staffordshire (force area) fell from 86.6 to 75.3."
   * With one period it lists each series' value instead, and past three periods it adds the first series'
   * highest and lowest values when they fall between its first and last.
   */
  public String overTime(String measure) {
    return overTime(measure, " in ");
  }

  /**
   * As {@link #overTime(String)}, with the first series named after {@code joiner}: "Incidents
   * recorded per month in Testborough: Anti-social behaviour fell from 84 in April 2024 to …".
   */
  public String overTime(String measure, String joiner) {
    if (d.getRowCount() == 0 || d.getColumnCount() == 0) {
      return measure + ": no data.";
    }
    if (d.getColumnCount() == 1) {
      return measure + ", " + d.getColumnKey(0) + ": " + values(0) + ".";
    }
    StringBuilder s = new StringBuilder(measure + joiner + d.getRowKey(0) + " " + movement(0, true));
    extremes(s);
    for (int r = 1; r < d.getRowCount(); r++) {
      s.append("; ").append(d.getRowKey(r)).append(' ').append(movement(r, false));
    }
    return s.append('.').toString();
  }

  /**
   * Each category's value, highest first: "Rate per 1,000 residents by offence group in Cannock Chase,
   * with the force area in brackets, highest first: Violence against the person 31.2 (28.0), …". With
   * {@code total} the series are summed per category (a stacked chart).
   */
  public String byCategory(String measure, boolean total) {
    List<Integer> cols = new ArrayList<>();
    for (int c = 0; c < d.getColumnCount(); c++) {
      cols.add(c);
    }
    cols.sort(Comparator.comparingDouble((Integer c) -> -sortValue(c, total)));
    List<String> parts = new ArrayList<>();
    for (int c : cols) {
      String v = total ? format(sum(c)) : format(value(0, c));
      if (!total && d.getRowCount() > 1) {
        List<String> others = new ArrayList<>();
        for (int r = 1; r < d.getRowCount(); r++) {
          others.add(format(value(r, c)));
        }
        v += " (" + String.join(", ", others) + ")";
      }
      parts.add(d.getColumnKey(c) + " " + v);
    }
    String lead = measure;
    if (!total && d.getRowCount() > 1) {
      List<String> names = new ArrayList<>();
      for (int r = 1; r < d.getRowCount(); r++) {
        names.add(String.valueOf(d.getRowKey(r)));
      }
      lead += " for " + d.getRowKey(0) + ", with " + String.join(", ", names) + " in brackets";
    }
    return lead + ", highest first: " + String.join("; ", parts) + ".";
  }

  /** The dataset as a table: one row per column key, one column per series (plus a total). */
  public DataTable table(String id, String title, String firstHeader, boolean total, String source) {
    List<DataTable.Column> columns = new ArrayList<>(List.of(new DataTable.Column(firstHeader, DataTable.Kind.TEXT)));
    for (int r = 0; r < d.getRowCount(); r++) {
      columns.add(new DataTable.Column(String.valueOf(d.getRowKey(r)), kind));
    }
    if (total) {
      columns.add(new DataTable.Column("Total", kind));
    }
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (int c = 0; c < d.getColumnCount(); c++) {
      List<@Nullable Object> row = new ArrayList<>();
      row.add(String.valueOf(d.getColumnKey(c)));
      for (int r = 0; r < d.getRowCount(); r++) {
        row.add(cell(value(r, c)));
      }
      if (total) {
        row.add(cell(sum(c)));
      }
      rows.add(row);
    }
    return new DataTable(id, title, columns, rows, source);
  }

  private String values(int c) {
    List<String> parts = new ArrayList<>();
    for (int r = 0; r < d.getRowCount(); r++) {
      parts.add(d.getRowKey(r) + " " + format(value(r, c)));
    }
    return String.join(", ", parts);
  }

  private String movement(int r, boolean periods) {
    int first = -1;
    int last = -1;
    for (int c = 0; c < d.getColumnCount(); c++) {
      if (value(r, c) != null) {
        first = first < 0 ? c : first;
        last = c;
      }
    }
    if (first < 0) {
      return "has no values";
    }
    double a = value(r, first);
    double b = value(r, last);
    if (first == last) {
      return "was " + format(a) + " in " + d.getColumnKey(first);
    }
    boolean same = format(a).equals(format(b));
    String verb = same ? "was unchanged" : b > a ? "rose" : "fell";
    boolean own = periods || first != 0 || last != d.getColumnCount() - 1;
    String from = own ? " in " + d.getColumnKey(first) : "";
    String to = own ? " in " + d.getColumnKey(last) : "";
    return same ? verb + " at " + format(a) + " from " + d.getColumnKey(first) + " to " + d.getColumnKey(last)
        : verb + " from " + format(a) + from + " to " + format(b) + to;
  }

  private void extremes(StringBuilder s) {
    if (d.getColumnCount() <= 3) {
      return;
    }
    int hi = -1;
    int lo = -1;
    for (int c = 0; c < d.getColumnCount(); c++) {
      Double v = value(0, c);
      if (v != null) {
        hi = hi < 0 || v > value(0, hi) ? c : hi;
        lo = lo < 0 || v < value(0, lo) ? c : lo;
      }
    }
    List<String> parts = new ArrayList<>();
    int end = d.getColumnCount() - 1;
    if (hi > 0 && hi < end) {
      parts.add("highest " + format(value(0, hi)) + " in " + d.getColumnKey(hi));
    }
    if (lo > 0 && lo < end) {
      parts.add("lowest " + format(value(0, lo)) + " in " + d.getColumnKey(lo));
    }
    if (!parts.isEmpty()) {
      s.append(" (").append(String.join(", ", parts)).append(')');
    }
  }

  private double sortValue(int c, boolean total) {
    Double v = total ? Double.valueOf(sum(c)) : value(0, c);
    return v == null ? Double.NEGATIVE_INFINITY : v;
  }

  private double sum(int c) {
    double t = 0;
    for (int r = 0; r < d.getRowCount(); r++) {
      Double v = value(r, c);
      t += v == null ? 0 : v;
    }
    return t;
  }

  private @Nullable Double value(int r, int c) {
    Number n = d.getValue(r, c);
    return n == null ? null : n.doubleValue();
  }

  private @Nullable Object cell(@Nullable Double v) {
    if (v == null) {
      return null;
    }
    return kind == DataTable.Kind.COUNT ? (Object) Math.round(v) : (Object) v;
  }

  private String format(@Nullable Double v) {
    if (v == null) {
      return "no value";
    }
    return switch (kind) {
      case COUNT -> String.format(Locale.UK, "%,d", Math.round(v));
      case PERCENT -> String.format(Locale.UK, "%.1f%%", v);
      default -> String.format(Locale.UK, "%,.1f", v);
    };
  }
}
