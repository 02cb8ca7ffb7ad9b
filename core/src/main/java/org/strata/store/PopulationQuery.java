package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.strata.analysis.input.PopulationEstimate;
import org.strata.common.AppException;
import org.strata.reference.Area;
import org.strata.reference.District;
import org.strata.reference.PopulationYear;
import org.strata.reference.Period;

/**
 * The mid-year population estimate behind a rate: the estimate for the year holding the period's
 * midpoint, else the latest earlier one; summed from the area's districts when the area has no
 * estimate of its own (a CSP of several districts, a police force area), and saying so.
 */
final class PopulationQuery {
  private final DuckDbStore store;

  private final PopulationYear rule;

  PopulationQuery(DuckDbStore store, PopulationYear rule) {
    this.store = store;
    this.rule = rule;
  }

  /**
   * The population behind rates for the period: the estimate for the year holding the period's
   * midpoint, else the latest earlier one; summed from districts where the area has no estimate.
   */
  Optional<PopulationEstimate> population(Area area, Period period) {
    int wanted = rule.yearFor(period);
    List<String> districtCodes = store.areas().districtsOf(area.code()).stream().map(District::code).toList();
    try {
      Optional<int[]> own = bestYear(List.of(area.code()), wanted);
      if (own.isPresent()) {
        return Optional.of(estimate(area, own.get(), wanted, false, ""));
      }
      if (districtCodes.isEmpty()) {
        return Optional.empty();
      }
      return bestYear(districtCodes, wanted)
          .map(
              y ->
                  estimate(
                      area, y, wanted, true, "sum of " + districtCodes.size() + " districts' estimates"));
    } catch (SQLException e) {
      throw new AppException("cannot query population of " + area.code() + ": " + e.getMessage(), e);
    }
  }

  private PopulationEstimate estimate(
      Area area, int[] yearPersons, int wanted, boolean computed, String how) {
    String why =
        yearPersons[0] == wanted
            ? "mid-" + wanted + " estimate (" + rule.description() + ")"
            : "mid-" + yearPersons[0] + " estimate (latest available; " + rule.description() + " is "
                + wanted + ")";
    return new PopulationEstimate(
        area.code(), yearPersons[0], yearPersons[1], computed, how.isEmpty() ? why : why + "; " + how);
  }

  /** The latest year not after {@code wanted} for which every code has an estimate, with the sum. */
  private Optional<int[]> bestYear(List<String> codes, int wanted) throws SQLException {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT year, sum(persons) FROM population WHERE area_code IN ("
                    + CountQuery.placeholders(codes.size())
                    + ") AND year <= ? GROUP BY year HAVING count(DISTINCT area_code) = ?"
                    + " ORDER BY year DESC LIMIT 1")) {
      int i = 1;
      for (String code : codes) {
        ps.setString(i++, code);
      }
      ps.setInt(i++, wanted);
      ps.setInt(i, codes.size());
      try (ResultSet r = ps.executeQuery()) {
        if (r.next()) {
          return Optional.of(new int[] {r.getInt(1), (int) r.getLong(2)});
        }
      }
    }
    return Optional.empty();
  }
}
