package org.strata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-file counts of a police.uk batch, set-based: rows loaded from {@code incident_row}, rows
 * rejected (distinct lines) from DuckDB's rejects tables, copied to {@code rejected_row}; then the
 * ingest log updated in one statement.
 */
final class BatchStats {
  private BatchStats() {}

  /** Loaded (from {@code new_fm}) and rejected rows by file id; copies the rejected rows with their reasons. */
  static Map<Integer, long[]> count(Statement s, boolean rejects) throws SQLException {
    Map<Integer, long[]> m = new HashMap<>();
    try (ResultSet r = s.executeQuery("SELECT file_id, sum(n) FROM new_fm GROUP BY file_id")) {
      while (r.next()) {
        m.computeIfAbsent(r.getInt(1), k -> new long[2])[0] = r.getLong(2);
      }
    }
    if (!rejects) {
      return m;
    }
    String scan =
        " FROM reject_errors_pu e JOIN reject_scans_pu sc ON sc.scan_id = e.scan_id AND sc.file_id"
            + " = e.file_id JOIN load_file lf ON lf.path = sc.file_path";
    s.execute(
        "INSERT INTO rejected_row SELECT lf.file_id, e.line, string_agg(e.error_type ||"
            + " coalesce(' in column \"' || e.column_name || '\"', '') || ': ' || e.error_message,"
            + " '; '), any_value(e.csv_line)" + scan + " WHERE NOT EXISTS (SELECT 1 FROM"
            + " line_reject j WHERE j.file_id = lf.file_id AND j.line = e.line)"
            + " GROUP BY lf.file_id, e.line");
    s.execute("INSERT INTO rejected_row SELECT file_id, line, reason, raw FROM line_reject");
    try (ResultSet r = s.executeQuery("SELECT lf.file_id, count(DISTINCT e.line)" + scan + " GROUP BY lf.file_id")) {
      while (r.next()) {
        m.computeIfAbsent(r.getInt(1), k -> new long[2])[1] = r.getLong(2);
      }
    }
    return m;
  }

  /** Writes the counts and notes into the ingest log. */
  static void record(Connection c, Map<Integer, long[]> stats, Map<Integer, String> notes)
      throws SQLException {
    if (stats.isEmpty()) {
      return;
    }
    String values = SqlValues.of(stats.entrySet().stream().map(e -> java.util.Arrays.asList(
        e.getKey(), e.getValue()[0], e.getValue()[1], notes.get(e.getKey()))));
    // One statement: DuckDB runs a JDBC batch as one statement per row.
    try (Statement s = c.createStatement()) {
      s.execute(
          "UPDATE source_file SET rows_loaded = st.loaded, rows_rejected = st.rejected, rows_read ="
              + " st.loaded + st.rejected, detail = st.note FROM (VALUES " + values
              + ") st(file_id, loaded, rejected, note) WHERE source_file.file_id = st.file_id");
    }
  }
}
