package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.common.AppException;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/** Gathers an {@link AssessmentInput} for one area and period from the store. */
public final class AssessmentInputQuery {
  /** How many years the series covers, the assessment period included. */
  public static final int SERIES_YEARS = 6;

  private final DuckDbStore store;
  private final AreaRegistry areas;
  private final CountQuery counts;

  /** Creates the query over a store. */
  public AssessmentInputQuery(DuckDbStore store) {
    this.store = store;
    this.areas = store.areas();
    this.counts = new CountQuery(store);
  }

  /** The comparators of an area with their roles, subject first. */
  public Map<String, Area> roles(Area area, List<String> peerCodes) {
    Map<String, Area> roles = new LinkedHashMap<>();
    roles.put("subject", area);
    if (CountQuery.isDistrictBased(area)) {
      roles.put("police_force_area", areas.pfaOf(area.code()));
    }
    if (area.level() != AreaLevel.ENGLAND_AND_WALES && area.level() != AreaLevel.COUNTRY) {
      roles.put("region", areas.regionOf(area.code()));
    }
    if (area.level() != AreaLevel.ENGLAND_AND_WALES) {
      roles.put("england_and_wales", areas.englandAndWales());
    }
    int i = 1;
    for (String p : peerCodes) {
      areas.findArea(p).ifPresent(a -> roles.putIfAbsent("peer", a));
      i++;
    }
    return roles;
  }

  /**
   * Gathers the input.
   *
   * @param peers codes of peer areas (may be empty)
   */
  public AssessmentInput gather(Area area, Period period, List<String> peers) {
    List<Period> years = new ArrayList<>();
    for (int y = SERIES_YEARS - 1; y >= 0; y--) {
      years.add(period.shiftYears(-y));
    }
    Map<String, Area> roles = roles(area, List.of());
    List<Observation> obs = new ArrayList<>();
    for (Taxonomy t : List.of(Taxonomy.ONS, Taxonomy.POLICE_UK)) {
      for (Period p : years) {
        for (var role : roles.entrySet()) {
          observe(role.getKey(), role.getValue(), t, p).ifPresent(obs::add);
        }
        for (String peer : peers) {
          areas
              .findArea(peer)
              .filter(a -> !a.code().equals(area.code()))
              .flatMap(a -> observe("peer", a, t, p))
              .ifPresent(obs::add);
        }
      }
    }
    List<Observation> monthly = new ArrayList<>();
    for (int m = 35; m >= 0; m--) {
      Period month = Period.month(period.end().minusMonths(m));
      counts
          .counts(area, Taxonomy.POLICE_UK, month)
          .ifPresent(c -> monthly.add(new Observation("subject", c, null)));
    }
    List<String> coverage = new ArrayList<>(missingComparators(roles, obs, period));
    Map<String, Long> unassigned = new LinkedHashMap<>();
    PlaceQuery place = new PlaceQuery(store);
    List<PlaceCount> places = place.byLsoa(areas.districtsOf(area.code()), period);
    if (!places.isEmpty() || obs.stream().anyMatch(o -> o.counts().taxonomy() == Taxonomy.POLICE_UK)) {
      List<String> forces =
          areas.districtsOf(area.code()).stream().map(District::pfaCode).distinct().toList();
      List<String> missing = counts.missingForceMonths(forces, period);
      if (!missing.isEmpty()) {
        coverage.add("police.uk data missing for " + missing.size() + " force-month(s): "
            + String.join(", ", missing.subList(0, Math.min(6, missing.size())))
            + (missing.size() > 6 ? " …" : ""));
      }
      unassigned.putAll(place.unassigned(forces, period));
    }
    return new AssessmentInput(
        area,
        period,
        years,
        obs,
        monthly,
        places,
        new SurveyQuery(store).forArea(areas.districtsOf(area.code()), area.code()),
        new ProvenanceQuery(store).liveFiles(),
        coverage,
        unassigned);
  }

  /** A note for each comparator the data cannot give in the period, saying why. */
  private static List<String> missingComparators(Map<String, Area> roles, List<Observation> obs, Period period) {
    List<String> out = new ArrayList<>();
    for (var role : roles.entrySet()) {
      boolean seen = obs.stream().anyMatch(o -> o.role().equals(role.getKey()) && o.counts().period().equals(period));
      if (!seen && !role.getKey().equals("subject")) {
        out.add("No comparison with " + role.getValue().name() + " for " + period.label()
            + ": the store does not hold counts for the whole of it for that period (for police.uk,"
            + " every force in it must be loaded for every month)");
      }
    }
    return out;
  }

  private Optional<Observation> observe(String role, Area a, Taxonomy t, Period p) {
    return counts.counts(a, t, p).map(c -> new Observation(role, c, counts.population(a, p).orElse(null)));
  }

  static AppException failure(String what, SQLException e) {
    return new AppException("cannot query " + what + ": " + e.getMessage(), e);
  }

  static List<String> strings(PreparedStatement ps) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
