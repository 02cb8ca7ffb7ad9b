package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.strata.analysis.input.SourceFileInfo;

/** The ingest log and the rejected rows, for provenance and {@code strata rejects}. */
public final class ProvenanceQuery {
  private final DuckDbStore store;

  /** Creates the query over a store. */
  public ProvenanceQuery(DuckDbStore store) {
    this.store = store;
  }

  /** Files whose rows are live in the store (not replaced by a re-published file), in load order. */
  public List<SourceFileInfo> liveFiles() {
    List<SourceFileInfo> out = new ArrayList<>();
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT file_id, kind, path, sha256, rows_read, rows_loaded, rows_rejected,"
                        + " coalesce(period, ''), strftime(loaded_at, '%Y-%m-%d %H:%M'), coalesce(detail, '') FROM"
                        + " source_file WHERE replaced_by IS NULL ORDER BY file_id");
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(
            new SourceFileInfo(
                r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                r.getLong(6), r.getLong(7), r.getString(8), r.getString(9), r.getString(10)));
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("the ingest log", e);
    }
    return out;
  }

  /** A rejected row with its file. */
  public record Rejected(String path, long line, String reason, String raw) {}

  /** Rejected rows, newest files first, at most {@code limit}. */
  public List<Rejected> rejects(int limit) {
    List<Rejected> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT f.path, r.line, r.reason, r.raw FROM rejected_row r JOIN source_file f"
                    + " USING (file_id) ORDER BY r.file_id DESC, r.line LIMIT ?")) {
      ps.setInt(1, limit);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(new Rejected(r.getString(1), r.getLong(2), r.getString(3), r.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("rejected rows", e);
    }
    return out;
  }
}
