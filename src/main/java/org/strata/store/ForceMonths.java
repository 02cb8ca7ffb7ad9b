package org.strata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.strata.ingest.policeuk.PoliceUkFile;

/**
 * Which file holds each force-month of police.uk data. police.uk re-publishes months; a newer file
 * for a force-month replaces the older one's incidents in the same transaction.
 */
final class ForceMonths {
  private ForceMonths() {}

  /**
   * Records the force-months the new file holds; where another file held one, deletes that file's
   * incidents for it and marks it replaced. Returns a note for the ingest log ("" if none).
   */
  static String claim(Connection c, int fileId, PoliceUkFile f) throws SQLException {
    List<String> replaced = new ArrayList<>();
    List<Object[]> months = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT coalesce(pfa_code, 'unknown:' || falls_within), month FROM incident_row"
                + " WHERE file_id = ?")) {
      ps.setInt(1, fileId);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          months.add(new Object[] {r.getString(1), r.getDate(2)});
        }
      }
    }
    for (Object[] fm : months) {
      Integer old = null;
      try (PreparedStatement ps =
          c.prepareStatement("SELECT file_id FROM force_month WHERE pfa_code = ? AND month = ?")) {
        ps.setString(1, (String) fm[0]);
        ps.setDate(2, (java.sql.Date) fm[1]);
        try (ResultSet r = ps.executeQuery()) {
          if (r.next()) {
            old = r.getInt(1);
          }
        }
      }
      if (old != null && old != fileId) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM incident_row WHERE file_id = ? AND month = ? AND coalesce(pfa_code,"
                    + " 'unknown:' || falls_within) = ?")) {
          ps.setInt(1, old);
          ps.setDate(2, (java.sql.Date) fm[1]);
          ps.setString(3, (String) fm[0]);
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE source_file SET replaced_by = ? WHERE file_id = ? RETURNING path")) {
          ps.setInt(1, fileId);
          ps.setInt(2, old);
          try (ResultSet r = ps.executeQuery()) {
            if (r.next()) {
              replaced.add(r.getString(1));
            }
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement("UPDATE force_month SET file_id = ? WHERE pfa_code = ? AND month = ?")) {
          ps.setInt(1, fileId);
          ps.setString(2, (String) fm[0]);
          ps.setDate(3, (java.sql.Date) fm[1]);
          ps.executeUpdate();
        }
      } else if (old == null) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO force_month VALUES (?, ?, ?)")) {
          ps.setString(1, (String) fm[0]);
          ps.setDate(2, (java.sql.Date) fm[1]);
          ps.setInt(3, fileId);
          ps.executeUpdate();
        }
      }
    }
    return replaced.isEmpty() ? "" : "replaces " + String.join(", ", replaced);
  }
}
