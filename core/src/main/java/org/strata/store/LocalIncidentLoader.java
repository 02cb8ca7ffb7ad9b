package org.strata.store;

import java.sql.PreparedStatement;
import org.strata.ingest.ReadResult;
import org.strata.ingest.local.LocalIncidentRow;

/**
 * Writes a local extract's incidents into {@code local_incident}: one row per flag an incident
 * carries (one row with no flag when it carries none), so flags and categories can both be
 * counted. Incidents placed only by LSOA get their district from the LSOA lookup or the police.uk
 * incidents already loaded. One transaction per file; the same file twice is skipped.
 */
public final class LocalIncidentLoader {
  private final RecordLoader loader;

  /** Creates a loader writing into the store. */
  public LocalIncidentLoader(DuckDbStore store) {
    this.loader = new RecordLoader(store);
  }

  /** Loads the incidents a local reader returned. */
  public LoadOutcome load(RecordLoader.SourceFile f, ReadResult<LocalIncidentRow> result) {
    return loader.inTransaction(
        f, result.rowsRead(), result.rowsLoaded(), result.rejects(), null,
        (c, id) -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO local_incident VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (LocalIncidentRow r : result.records()) {
              for (String flag : r.flags().isEmpty() ? java.util.Collections.<String>singletonList(null) : r.flags()) {
                ps.setInt(1, id);
                ps.setLong(2, r.line());
                ps.setObject(3, r.month().atDay(1));
                ps.setString(4, r.districtCode());
                ps.setString(5, r.lsoaCode());
                ps.setString(6, r.category());
                ps.setString(7, flag);
                ps.addBatch();
              }
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE local_incident l SET district_code = coalesce((SELECT k.district_code"
                      + " FROM lsoa_lookup k WHERE k.lsoa_code = l.lsoa_code), (SELECT"
                      + " any_value(i.district_code) FROM incident i WHERE i.lsoa_code ="
                      + " l.lsoa_code)) WHERE l.file_id = ? AND l.district_code IS NULL")) {
            ps.setInt(1, id);
            ps.executeUpdate();
          }
          // An extract covering months and districts already loaded restates them: it replaces.
          return Supersede.apply(c, id, "local_incident", java.util.List.of("month", "district_code"));
        });
  }
}
