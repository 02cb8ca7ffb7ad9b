package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Areas with the data the store holds for them and their latest population. */
public final class AreaQuery {
  private final DuckDbStore store;

  /** Creates the query over a store. */
  public AreaQuery(DuckDbStore store) {
    this.store = store;
  }

  /** One area as {@code strata areas} lists it. */
  public record AreaLine(String level, String code, String name, String parentCode, Long population, Integer populationYear, String data) {}

  /**
   * Areas in hierarchy order; only those with counts, incidents or population unless {@code all}.
   */
  public List<AreaLine> list(boolean all) {
    String sql =
        "WITH own AS (SELECT area_code, arg_max(persons, \"year\") AS persons, max(\"year\") AS latest"
            + " FROM population GROUP BY area_code),"
            // Areas without their own estimate (CSPs of several districts, forces, regions) show the
            // sum of their districts for the latest year every one of them has.
            + " dist_area AS (SELECT code AS district, csp_code AS area FROM district UNION ALL SELECT"
            + " code, pfa_code FROM district UNION ALL SELECT code, region_code FROM district),"
            + " need AS (SELECT area, count(*) AS n FROM dist_area GROUP BY area),"
            + " have AS (SELECT da.area, p.\"year\" AS y, sum(p.persons) AS persons, count(*) AS n FROM"
            + " dist_area da JOIN population p ON p.area_code = da.district GROUP BY da.area, p.\"year\"),"
            + " summed AS (SELECT h.area AS area_code, arg_max(h.persons, h.y) AS persons, max(h.y) AS"
            + " latest FROM have h JOIN need ON need.area = h.area WHERE h.n = need.n GROUP BY h.area),"
            + " ons AS (SELECT DISTINCT area_code FROM offence_count),"
            // A district has police.uk data only when its own force is loaded: stray rows of a
            // neighbouring force's file placed in it do not make an assessable period.
            + " inc AS (SELECT DISTINCT ld.district_code AS area_code FROM lsoa_district ld JOIN district d"
            + " ON d.code = ld.district_code WHERE d.pfa_code IN (SELECT pfa_code FROM force_month)"
            + " UNION SELECT DISTINCT pfa_code FROM force_month)"
            + " SELECT a.level, a.code, a.name, a.parent_code, coalesce(own.persons, summed.persons),"
            + " coalesce(own.latest, summed.latest), concat_ws(' ', CASE WHEN ons.area_code IS NOT NULL"
            + " THEN 'ons' END, CASE WHEN inc.area_code IS NOT NULL THEN 'police-uk' END) AS \"data\""
            + " FROM area a LEFT JOIN own ON own.area_code = a.code LEFT JOIN summed ON"
            + " summed.area_code = a.code LEFT JOIN ons ON ons.area_code = a.code"
            + " LEFT JOIN inc ON inc.area_code = a.code"
            + " WHERE ? OR own.area_code IS NOT NULL OR ons.area_code IS NOT NULL OR inc.area_code IS NOT NULL"
            + " ORDER BY CASE a.level WHEN 'england_and_wales' THEN 0 WHEN 'country' THEN 1 WHEN 'region' THEN 2"
            + " WHEN 'police_force_area' THEN 3 WHEN 'csp' THEN 4 ELSE 5 END, a.name";
    List<AreaLine> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setBoolean(1, all);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          long pop = r.getLong(5);
          Long population = r.wasNull() ? null : pop;
          int year = r.getInt(6);
          out.add(new AreaLine(r.getString(1), r.getString(2), r.getString(3), r.getString(4), population,
              population == null ? null : year, r.getString(7)));
        }
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("areas", e);
    }
    return out;
  }

  /** Codes of areas with counts: ONS tables' area codes and districts with police.uk incidents. */
  public java.util.Set<String> codesWithCounts() {
    String sql =
        "SELECT DISTINCT area_code FROM offence_count UNION SELECT DISTINCT district_code FROM incident"
            + " WHERE district_code IS NOT NULL";
    java.util.Set<String> out = new java.util.HashSet<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql);
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("areas with counts", e);
    }
    return out;
  }
}
