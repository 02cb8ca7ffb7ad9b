package org.strata.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** For tests outside this package: what a refused file must leave unchanged in a store. */
public final class StoreSnapshot {
  private StoreSnapshot() {}

  /** Row counts of every data table and the live ingest log, as one line. */
  public static String of(DuckDbStore store) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM incident_row) || ' ' ||"
            + " (SELECT count(*) FROM offence_count) || ' ' || (SELECT count(*) FROM population)"
            + " || ' ' || (SELECT count(*) FROM survey_response) || ' ' || (SELECT count(*) FROM"
            + " local_incident) || ' ' || (SELECT count(*) FROM custom_area) || ' ' || (SELECT"
            + " count(*) FROM lsoa_lookup) || ' ' || (SELECT count(*) FROM rejected_row) || ' ' ||"
            + " (SELECT count(*) FROM source_file WHERE replaced_by IS NULL) || ' ' || (SELECT"
            + " count(*) FROM force_month)")) {
      r.next();
      return r.getString(1);
    }
  }
}
