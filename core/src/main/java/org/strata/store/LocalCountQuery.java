package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.analysis.input.AreaCounts;
import org.strata.reference.Area;
import org.strata.reference.District;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * Counts from local extracts for an area and period, as taxonomy {@code local}: each flag (incidents
 * carrying it) and each category (incidents in it). A flag that marks exactly the incidents of one
 * category (every knife-flagged incident is a possession-of-weapons one and the reverse) is counted
 * once, as that category named "Category (flagged flag)", so the same rows never make two
 * findings. Empty when no local extract covers the area in any month of the period.
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
    Map<String, String> same = sameRows(codes);
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
          String name = r.getString(1);
          if (same.containsKey(name)) {
            counts.merge(name + " (flagged " + same.get(name) + ")", r.getLong(2), Long::sum);
          } else if (!same.containsValue(name)) {
            counts.merge(name, r.getLong(2), Long::sum);
          }
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

  /**
   * Category → the flag that marks exactly its incidents, over everything loaded for the
   * districts (not one period, so the pairing is the same every year).
   */
  private Map<String, String> sameRows(List<String> codes) {
    String in = "district_code IN (" + CountQuery.placeholders(codes.size()) + ")";
    String sql = "WITH f AS (SELECT DISTINCT flag AS name, file_id, line FROM local_incident WHERE flag IS NOT NULL AND "
        + in + "), c AS (SELECT DISTINCT category AS name, file_id, line FROM local_incident WHERE category IS NOT"
        + " NULL AND " + in + "), fn AS (SELECT name, count(*) n FROM f GROUP BY name), cn AS (SELECT name, count(*)"
        + " n FROM c GROUP BY name), both_ AS (SELECT c.name cat, f.name flag, count(*) n FROM f JOIN c USING"
        + " (file_id, line) GROUP BY 1, 2) SELECT b.cat, b.flag FROM both_ b JOIN fn ON fn.name = b.flag JOIN cn ON"
        + " cn.name = b.cat WHERE b.n = fn.n AND b.n = cn.n AND b.cat <> b.flag ORDER BY 1, 2";
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      int i = 1;
      for (int rep = 0; rep < 2; rep++) {
        for (String c : codes) {
          ps.setString(i++, c);
        }
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.putIfAbsent(r.getString(1), r.getString(2));
        }
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("local extract flags", e);
    }
    return out;
  }
}
