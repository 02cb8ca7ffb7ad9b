package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;

/**
 * Chooses a peer group: the districts nearest the subject in log population and log density
 * (population per hectare of {@link AreaRegistry#areaHectares}), each standardised across the
 * candidates, among districts with counts in the store (see {@link PeerRanking}). Population is
 * each district's latest loaded estimate. Where a list of peers is given in the assessment config
 * that list is used instead. Deprivation is not used: no loader for it exists.
 */
public final class PeerQuery {
  private static final String LATEST =
      "WITH latest AS (SELECT area_code, arg_max(persons, year) AS persons FROM population"
          + " GROUP BY area_code) ";

  private final DuckDbStore store;

  /** Creates the query over a store. */
  public PeerQuery(DuckDbStore store) {
    this.store = store;
  }

  /**
   * The codes of the {@code n} districts most similar in population and density to the area (a
   * district or a CSP, whose population and area are its districts' sums) among those with counts
   * in the store, nearest first; on population alone when the area has no recorded area;
   * empty when it has no population estimate.
   */
  public List<String> mostSimilar(Area area, int n) {
    if (n <= 0 || (area.level() != AreaLevel.DISTRICT && area.level() != AreaLevel.CSP)) {
      return List.of();
    }
    long persons = subjectPersons(area);
    if (persons <= 0) {
      return List.of();
    }
    AreaRegistry areas = store.areas();
    PeerRanking.Candidate subject =
        new PeerRanking.Candidate(area.code(), persons, areas.areaHectares(area.code()));
    return PeerRanking.rank(subject, candidates(area)).stream()
        .limit(n)
        .map(PeerRanking.Ranked::code)
        .toList();
  }

  private long subjectPersons(Area area) {
    String sql =
        LATEST
            + "SELECT coalesce(sum(persons), 0) FROM latest WHERE area_code IN"
            + " (SELECT code FROM district WHERE code = ? OR csp_code = ?)";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setString(1, area.code());
      ps.setString(2, area.code());
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("peer districts", e);
    }
  }

  private List<PeerRanking.Candidate> candidates(Area area) {
    String sql =
        LATEST
            + "SELECT l.area_code, l.persons FROM latest l JOIN district d ON d.code = l.area_code"
            + " WHERE d.code <> ? AND d.csp_code <> ? AND l.persons > 0"
            + " AND (l.area_code IN (SELECT area_code FROM offence_count) OR l.area_code IN"
            + " (SELECT DISTINCT district_code FROM incident)) ORDER BY l.area_code";
    List<PeerRanking.Candidate> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setString(1, area.code());
      ps.setString(2, area.code());
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          String code = r.getString(1);
          out.add(new PeerRanking.Candidate(code, r.getLong(2), store.areas().areaHectares(code)));
        }
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("peer districts", e);
    }
    return out;
  }
}
