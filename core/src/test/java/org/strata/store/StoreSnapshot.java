package org.strata.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** For tests outside this package: what a refused file must leave unchanged in a store. */
public final class StoreSnapshot {
  private static final List<String> COUNTED = List.of("incident_row", "offence_count", "population",
      "survey_response", "local_incident", "custom_area", "lsoa_lookup", "rejected_row",
      "source_file WHERE replaced_by IS NULL", "force_month");

  // One UNION ALL of counts: DuckDB plans it in well under a millisecond, where the same counts as
  // scalar subqueries of one row took 20 ms, most of a fuzz case's time.
  private static final String SQL = "SELECT string_agg(n::VARCHAR, ' ' ORDER BY k) FROM ("
      + IntStream.range(0, COUNTED.size())
          .mapToObj(i -> "SELECT " + i + " AS k, count(*) AS n FROM " + COUNTED.get(i))
          .collect(Collectors.joining(" UNION ALL "))
      + ")";

  private StoreSnapshot() {}

  /** Row counts of every data table and the live ingest log, as one line. */
  public static String of(DuckDbStore store) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(SQL)) {
      r.next();
      return r.getString(1);
    }
  }
}
