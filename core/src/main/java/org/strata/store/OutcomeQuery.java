package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.strata.analysis.input.OutcomeCount;
import org.strata.common.AppException;
import org.strata.reference.Area;
import org.strata.reference.District;
import org.strata.reference.Period;

/**
 * Police.uk crimes by type and last outcome for an area's districts and for its force, read from
 * the same {@code incident} view as the place and month counts. Anti-social behaviour, which has
 * no outcome, is left out; outcomes are those published when the file was loaded.
 */
public final class OutcomeQuery {
  private static final String ASB = "Anti-social behaviour";
  private final DuckDbStore store;

  /** Creates the query over a store. */
  public OutcomeQuery(DuckDbStore store) {
    this.store = store;
  }

  /**
   * Counts for the area (its districts) and its police force area in the period; empty when no
   * police.uk crime is loaded for them.
   *
   * @throws AppException if the store cannot be queried.
   */
  public List<OutcomeCount> counts(Area area, Period period) {
    List<District> districts = store.areas().districtsOf(area.code());
    List<String> codes = districts.stream().map(District::code).toList();
    List<String> forces = districts.stream().map(District::pfaCode).distinct().toList();
    List<OutcomeCount> out = new ArrayList<>();
    try {
      out.addAll(query("subject", "district_code", codes, period));
      out.addAll(query("police_force_area", "pfa_code", forces, period));
    } catch (SQLException e) {
      throw new AppException("cannot query outcomes for " + area.code() + ": " + e.getMessage(), e);
    }
    return out;
  }

  private List<OutcomeCount> query(String scope, String column, List<String> codes, Period period)
      throws SQLException {
    List<OutcomeCount> out = new ArrayList<>();
    if (codes.isEmpty()) {
      return out;
    }
    String sql = "SELECT crime_type, coalesce(last_outcome, ''), count(*) FROM incident WHERE " + column
        + " IN (" + CountQuery.placeholders(codes.size()) + ") AND month BETWEEN ? AND ? AND crime_type <> ?"
        + " GROUP BY 1, 2 ORDER BY 1, 2";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      int i = 1;
      for (String c : codes) {
        ps.setString(i++, c);
      }
      ps.setObject(i++, period.start().atDay(1));
      ps.setObject(i++, period.end().atDay(1));
      ps.setString(i, ASB);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(new OutcomeCount(scope, r.getString(1), r.getString(2), r.getLong(3)));
        }
      }
    }
    return out;
  }
}
