package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.strata.analysis.input.SurveyResult;
import org.strata.reference.District;

/** Perceptions survey results for an area (its own code or its districts'). */
final class SurveyQuery {
  private final DuckDbStore store;

  SurveyQuery(DuckDbStore store) {
    this.store = store;
  }

  List<SurveyResult> forArea(List<District> districts, String areaCode) {
    List<String> codes = new ArrayList<>();
    codes.add(areaCode);
    districts.forEach(d -> codes.add(d.code()));
    List<SurveyResult> out = new ArrayList<>();
    String sql =
        "SELECT area_code, year, topic, measure, value, base FROM survey_response WHERE area_code IN ("
            + CountQuery.placeholders(codes.size()) + ") ORDER BY year, topic, measure";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < codes.size(); i++) {
        ps.setString(i + 1, codes.get(i));
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          int base = r.getInt(6);
          out.add(
              new SurveyResult(
                  r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getDouble(5),
                  r.wasNull() ? null : base));
        }
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("survey results", e);
    }
    return out;
  }
}
