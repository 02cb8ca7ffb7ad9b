package org.strata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The ingest log ({@code source_file}): one row per file loaded, with its hash and row counts. */
final class IngestLog {
  private IngestLog() {}

  /**
   * The source name of a live (not replaced) file of this kind with this content, if any. A file
   * loaded as another kind does not count: loading it again under the wrong kind must reach the
   * reader and be refused there.
   */
  /** Every live file of a kind by content hash → its source name, in one query. */
  static java.util.Map<String, String> liveByHash(Connection c, String kind) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT sha256, any_value(path) FROM source_file WHERE kind = ? AND replaced_by IS NULL"
                + " GROUP BY sha256")) {
      ps.setString(1, kind);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new org.strata.common.AppException("cannot read the ingest log: " + e.getMessage(), e);
    }
    return out;
  }

  static Optional<String> findByHash(Connection c, String kind, String sha256) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT path FROM source_file WHERE sha256 = ? AND kind = ? AND replaced_by IS NULL"
                + " LIMIT 1")) {
      ps.setString(1, sha256);
      ps.setString(2, kind);
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new org.strata.common.AppException("cannot read the ingest log: " + e.getMessage(), e);
    }
  }

  /** Adds a log row with zero counts and returns its id; {@link #finish} sets the counts. */
  static int register(
      Connection c, String kind, String source, String sha256, long bytes, String period)
      throws SQLException {
    int id;
    try (PreparedStatement ps = c.prepareStatement("SELECT nextval('file_id_seq')");
        ResultSet r = ps.executeQuery()) {
      r.next();
      id = r.getInt(1);
    }
    String name = displayName(source);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO source_file VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, ?, NULL, now(), NULL)")) {
      ps.setInt(1, id);
      ps.setString(2, kind);
      ps.setString(3, source);
      ps.setString(4, name);
      ps.setString(5, sha256);
      ps.setLong(6, bytes);
      ps.setString(7, period);
      ps.executeUpdate();
    }
    return id;
  }

  /** The file name part of a source ("2024-01.zip!/2024-01/x-street.csv" → "x-street.csv"). */
  static String displayName(String source) {
    java.nio.file.Path p = java.nio.file.Path.of(source.replace("!/", "/")).getFileName();
    return p == null ? source : p.toString();
  }

  static void finish(Connection c, int id, long read, long loaded, long rejected, String note)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE source_file SET rows_read = ?, rows_loaded = ?, rows_rejected = ?, detail = ?"
                + " WHERE file_id = ?")) {
      ps.setLong(1, read);
      ps.setLong(2, loaded);
      ps.setLong(3, rejected);
      ps.setString(4, note.isEmpty() ? null : note);
      ps.setInt(5, id);
      ps.executeUpdate();
    }
  }
}
