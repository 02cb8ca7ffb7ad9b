package org.strata.store;

import java.sql.PreparedStatement;
import org.strata.ingest.ReadResult;
import org.strata.ingest.survey.SurveyRow;

/**
 * Writes perceptions survey results into {@code survey_response}, with the ingest log and rejected
 * rows, in one transaction; results restated by a later file replace the earlier ones, and a file with the same content as one already loaded is skipped.
 */
public final class SurveyLoader {
  private final RecordLoader loader;

  /** Creates a loader writing into the store. */
  public SurveyLoader(DuckDbStore store) {
    this.loader = new RecordLoader(store);
  }

  /** Loads the results a survey reader returned. */
  public LoadOutcome load(RecordLoader.SourceFile f, ReadResult<SurveyRow> result) {
    return loader.inTransaction(
        f, result.rowsRead(), result.rowsLoaded(), result.rejects(), null,
        (c, id) -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO survey_response VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SurveyRow r : result.records()) {
              ps.setString(1, r.areaCode());
              ps.setInt(2, r.year());
              ps.setString(3, r.topic());
              ps.setString(4, r.measure());
              ps.setDouble(5, r.value());
              if (r.base() == null) {
                ps.setNull(6, java.sql.Types.INTEGER);
              } else {
                ps.setInt(6, r.base());
              }
              ps.setLong(7, r.line());
              ps.setInt(8, id);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          // A corrected file replaces the results it restates, as population estimates do.
          return Supersede.apply(c, id, "survey_response",
              java.util.List.of("area_code", "year", "topic", "measure"));
        });
  }
}
