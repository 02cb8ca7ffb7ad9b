package org.strata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.policeuk.PoliceUkFile;

/**
 * The lines of a police.uk batch that the Java checks refused (temporary table {@code
 * line_reject}): DuckDB reads a placeholder in their place and rejects it at the same line; the
 * stored reason and raw text are the checks', not DuckDB's.
 */
final class LineRejects {
  private LineRejects() {}

  /** Fills {@code line_reject} with the batch's refused lines. */
  static void stage(Connection c, Statement s, List<PoliceUkFile> batch, Map<String, Integer> ids)
      throws SQLException {
    s.execute("CREATE OR REPLACE TEMP TABLE line_reject(file_id INTEGER, line BIGINT, reason"
        + " VARCHAR, raw VARCHAR)");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO line_reject VALUES (?, ?, ?, ?)")) {
      int pending = 0;
      for (PoliceUkFile f : batch) {
        int id = ids.get(f.csv().toAbsolutePath().toString());
        for (RejectedRow r : f.rejects()) {
          ps.setInt(1, id);
          ps.setLong(2, r.line());
          ps.setString(3, r.reason());
          ps.setString(4, r.raw());
          ps.addBatch();
          if (++pending % 10_000 == 0) {
            ps.executeBatch();
          }
        }
      }
      ps.executeBatch();
    }
  }
}
