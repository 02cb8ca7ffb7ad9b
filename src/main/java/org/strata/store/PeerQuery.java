package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;

/**
 * Chooses a peer group: the districts whose latest loaded population estimate is closest to the
 * subject's on a log scale. The store holds no land area, so density is not used; where a list of
 * peers is given in the assessment config that list is used instead.
 */
public final class PeerQuery {
  private final DuckDbStore store;

  /** Creates the query over a store. */
  public PeerQuery(DuckDbStore store) {
    this.store = store;
  }

  /**
   * The codes of the {@code n} districts most similar in population to the area (a district or a
   * one-district CSP) among those with counts in the store, nearest first; empty when the area
   * has no population estimate.
   */
  public List<String> mostSimilar(Area area, int n) {
    List<String> out = new ArrayList<>();
    if (n <= 0 || (area.level() != AreaLevel.DISTRICT && area.level() != AreaLevel.CSP)) {
      return out;
    }
    String sql =
        "WITH latest AS (SELECT area_code, arg_max(persons, year) AS persons FROM population"
            + " GROUP BY area_code), me AS (SELECT sum(persons) AS p FROM latest WHERE area_code IN"
            + " (SELECT code FROM district WHERE code = ? OR csp_code = ?))"
            + " SELECT l.area_code FROM latest l, me JOIN district d ON true WHERE d.code ="
            + " l.area_code AND d.code <> ? AND d.csp_code <> ? AND me.p > 0 AND l.persons > 0"
            + " AND (l.area_code IN (SELECT area_code FROM offence_count) OR l.area_code IN"
            + " (SELECT DISTINCT district_code FROM incident))"
            + " ORDER BY abs(ln(l.persons) - ln(me.p)), l.area_code LIMIT ?";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setString(1, area.code());
      ps.setString(2, area.code());
      ps.setString(3, area.code());
      ps.setString(4, area.code());
      ps.setInt(5, n);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("peer districts", e);
    }
    return out;
  }
}
