package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.analysis.input.PlaceCount;
import org.strata.reference.District;
import org.strata.reference.Period;

/** Police.uk incidents by LSOA and month for the place analysis, and rows with no LSOA. */
final class PlaceQuery {
  private final DuckDbStore store;

  PlaceQuery(DuckDbStore store) {
    this.store = store;
  }

  List<PlaceCount> byLsoa(List<District> districts, Period period) {
    List<PlaceCount> out = new ArrayList<>();
    if (districts.isEmpty()) {
      return out;
    }
    String sql =
        "SELECT lsoa_code, any_value(lsoa_name), strftime(month, '%Y-%m'), crime_type, count(*),"
            + " avg(longitude), avg(latitude), mode(location) FROM incident WHERE district_code IN ("
            + CountQuery.placeholders(districts.size())
            + ") AND month BETWEEN ? AND ? AND lsoa_code IS NOT NULL GROUP BY 1, 3, 4 ORDER BY 1, 3, 4";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      int i = 1;
      for (District d : districts) {
        ps.setString(i++, d.code());
      }
      ps.setObject(i++, period.start().atDay(1));
      ps.setObject(i, period.end().atDay(1));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(
              new PlaceCount(
                  r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                  r.getDouble(6), r.getDouble(7), r.getString(8)));
        }
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("incidents by LSOA", e);
    }
    return out;
  }

  /** For each force: rows recorded by it in the period with no LSOA, and all its rows. */
  Map<String, Long> unassigned(List<String> forces, Period period) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (forces.isEmpty()) {
      return out;
    }
    String sql =
        "SELECT pfa_code, count(*) FILTER (WHERE district_code IS NULL), count(*) FROM incident"
            + " WHERE pfa_code IN (" + CountQuery.placeholders(forces.size())
            + ") AND month BETWEEN ? AND ? GROUP BY pfa_code";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      int i = 1;
      for (String f : forces) {
        ps.setString(i++, f);
      }
      ps.setObject(i++, period.start().atDay(1));
      ps.setObject(i, period.end().atDay(1));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1) + ":unassigned", r.getLong(2));
          out.put(r.getString(1) + ":all", r.getLong(3));
        }
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("unassigned incidents", e);
    }
    return out;
  }
}
