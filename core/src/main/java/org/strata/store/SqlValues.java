package org.strata.store;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rows written as one SQL {@code VALUES} list, for one statement where a JDBC batch would do: the
 * DuckDB driver runs a batch as one statement per row.
 */
final class SqlValues {
  private SqlValues() {}

  /** The rows as {@code (a, b, …), (…)}: null is SQL NULL, a number as it is, text a literal. */
  static String of(Stream<List<?>> rows) {
    return rows.map(r -> r.stream().map(SqlValues::value).collect(Collectors.joining(", ", "(", ")")))
        .collect(Collectors.joining(", "));
  }

  /** A SQL string literal. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String value(Object v) {
    return v == null ? "NULL" : v instanceof Number n ? n.toString() : literal(v.toString());
  }
}
