package org.strata.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Which file holds each force-month of police.uk data. police.uk re-publishes months; a newer file
 * for a force-month replaces the older one's incidents for it, in the same transaction. Set-based
 * over a batch of files; within one batch the later file wins.
 */
final class ForceMonths {
  private static final String KEY = "coalesce(pfa_code, 'unknown:' || falls_within)";

  private ForceMonths() {}

  /**
   * Groups the rows of files {@code first..last} by file, force and month into {@code new_fm}
   * (with row counts, which also give each file's rows loaded).
   */
  static void group(Statement s, int first, int last) throws SQLException {
    s.execute("CREATE OR REPLACE TEMP TABLE new_fm AS SELECT " + KEY + " AS pfa, month, file_id,"
        + " count(*) AS n FROM incident_row WHERE file_id BETWEEN " + first + " AND " + last
        + " GROUP BY ALL");
  }

  /** Like {@link #group}, for files loaded as counts into {@code incident_count}. */
  static void groupCounts(Statement s, int first, int last) throws SQLException {
    s.execute("CREATE OR REPLACE TEMP TABLE new_fm AS SELECT " + KEY + " AS pfa, month, file_id,"
        + " sum(incidents) AS n FROM incident_count WHERE file_id BETWEEN " + first + " AND " + last
        + " GROUP BY ALL");
  }

  /**
   * Claims the force-months grouped by {@link #group}; returns, per new file, a note naming the
   * files it replaced.
   */
  static Map<Integer, String> claim(Statement s) throws SQLException {
    s.execute("CREATE OR REPLACE TEMP TABLE claim_fm AS SELECT pfa, month, max(file_id) AS file_id"
        + " FROM new_fm GROUP BY pfa, month");
    s.execute("CREATE OR REPLACE TEMP TABLE displaced AS"
        + " SELECT fm.pfa_code AS pfa, fm.month, fm.file_id AS old_id, c.file_id AS new_id FROM"
        + " force_month fm JOIN claim_fm c ON c.pfa = fm.pfa_code AND c.month = fm.month"
        + " WHERE fm.file_id <> c.file_id"
        + " UNION ALL SELECT n.pfa, n.month, n.file_id, c.file_id FROM new_fm n JOIN claim_fm c"
        + " ON c.pfa = n.pfa AND c.month = n.month WHERE n.file_id <> c.file_id");
    Map<Integer, String> notes = new HashMap<>();
    try (ResultSet r = s.executeQuery("SELECT d.new_id, string_agg(DISTINCT sf.path, ', ' ORDER BY"
        + " sf.path) FROM displaced d JOIN source_file sf ON sf.file_id = d.old_id GROUP BY d.new_id")) {
      while (r.next()) {
        notes.put(r.getInt(1), "replaces " + r.getString(2));
      }
    }
    if (!notes.isEmpty()) {
      s.execute("DELETE FROM incident_row WHERE EXISTS (SELECT 1 FROM displaced d WHERE"
          + " incident_row.file_id = d.old_id AND incident_row.month = d.month AND "
          + KEY.replace("pfa_code", "incident_row.pfa_code").replace("falls_within", "incident_row.falls_within")
          + " = d.pfa)");
      s.execute("DELETE FROM incident_count WHERE EXISTS (SELECT 1 FROM displaced d WHERE"
          + " incident_count.file_id = d.old_id AND incident_count.month = d.month AND "
          + KEY.replace("pfa_code", "incident_count.pfa_code")
              .replace("falls_within", "incident_count.falls_within")
          + " = d.pfa)");
      s.execute("UPDATE source_file SET replaced_by = d.new_id FROM (SELECT old_id, max(new_id) AS"
          + " new_id FROM displaced GROUP BY old_id) d WHERE source_file.file_id = d.old_id");
      s.execute("DELETE FROM force_month WHERE EXISTS (SELECT 1 FROM claim_fm c WHERE"
          + " c.pfa = force_month.pfa_code AND c.month = force_month.month)");
    }
    s.execute("INSERT INTO force_month SELECT pfa, month, file_id FROM claim_fm c WHERE NOT EXISTS"
        + " (SELECT 1 FROM force_month fm WHERE fm.pfa_code = c.pfa AND fm.month = c.month)");
    return notes;
  }
}
