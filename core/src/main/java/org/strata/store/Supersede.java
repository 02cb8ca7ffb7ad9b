package org.strata.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file replaces what earlier files of its kind said about the same keys (area and period): their
 * rows for those keys are deleted in the load's transaction, an earlier file left with no rows is
 * marked replaced, and the load's note says which files and how many rows. So a table re-saved
 * with other line endings or a byte order mark, or an extract loaded twice, never adds.
 */
final class Supersede {
  private Supersede() {}

  /**
   * Replaces, in {@code table}, the rows of other files whose {@code keys} the new file's rows
   * also have.
   *
   * @return a note such as "replaces c2.csv (12 rows)", or "" when nothing was replaced
   */
  static String apply(Connection c, int id, String table, List<String> keys) throws SQLException {
    String match = keys.stream()
        .map(k -> "n." + k + " IS NOT DISTINCT FROM o." + k)
        .collect(Collectors.joining(" AND "));
    String same = " EXISTS (SELECT 1 FROM " + table + " n WHERE n.file_id = " + id + " AND " + match
        + ")";
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE superseded AS SELECT o.file_id, count(*) AS n FROM "
          + table + " o WHERE o.file_id <> " + id + " AND" + same + " GROUP BY o.file_id");
      StringBuilder note = new StringBuilder();
      try (ResultSet r = s.executeQuery("SELECT sf.path, d.n FROM superseded d JOIN source_file sf"
          + " ON sf.file_id = d.file_id ORDER BY sf.file_id")) {
        while (r.next()) {
          note.append(note.length() == 0 ? "replaces " : ", ").append(r.getString(1))
              .append(" (").append(r.getLong(2)).append(r.getLong(2) == 1 ? " row)" : " rows)");
        }
      }
      if (note.length() == 0) {
        return "";
      }
      s.execute("DELETE FROM " + table + " o WHERE o.file_id IN (SELECT file_id FROM superseded)"
          + " AND" + same);
      s.execute("UPDATE source_file SET replaced_by = " + id + " WHERE file_id IN (SELECT file_id"
          + " FROM superseded) AND NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t.file_id ="
          + " source_file.file_id)");
      return note.toString();
    }
  }
}
