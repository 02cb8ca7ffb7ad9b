package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.reference.Area;
import org.strata.reference.District;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * Counts from local extracts for an area and period, as taxonomy {@code local}: each flag (incidents
 * carrying it) and each category (incidents in it). Empty when no local extract covers the area in
 * any month of the period.
 */
public final class LocalCountQuery {
  private final DuckDbStore store;

  /** Creates the query over a store. */
  public LocalCountQuery(DuckDbStore store) {
    this.store = store;
  }

  /** The area's local counts in the period, or empty. */
  public Optional<AreaCounts> counts(Area area, Period period) {
    List<String> codes = store.areas().districtsOf(area.code()).stream().map(District::code).toList();
    if (codes.isEmpty() || !store.cached(List.of("local_incident any"), this::anyRows)) {
      return Optional.empty();
    }
    String in = "district_code IN (" + CountQuery.placeholders(codes.size()) + ") AND month BETWEEN ? AND ?";
    String sql =
        "SELECT flag, count(*) FROM local_incident WHERE flag IS NOT NULL AND " + in + " GROUP BY flag"
            + " UNION ALL SELECT category, count(DISTINCT (file_id, line)) FROM local_incident WHERE"
            + " category IS NOT NULL AND " + in + " GROUP BY category ORDER BY 1";
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      int i = 1;
      for (int rep = 0; rep < 2; rep++) {
        for (String c : codes) {
          ps.setString(i++, c);
        }
        ps.setObject(i++, period.start().atDay(1));
        ps.setObject(i++, period.end().atDay(1));
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          counts.merge(r.getString(1), r.getLong(2), Long::sum);
        }
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("local extract counts", e);
    }
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AreaCounts(area, Taxonomy.LOCAL, period, counts, true,
        "counted from local extracts (flags and categories as the extract records them)"));
  }

  /** True when any local extract is loaded: most stores have none, and then no query is needed. */
  private boolean anyRows() {
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT count(*) > 0 FROM local_incident");
        ResultSet r = ps.executeQuery()) {
      return r.next() && r.getBoolean(1);
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("local extract counts", e);
    }
  }
}
