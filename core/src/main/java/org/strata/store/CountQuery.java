package org.strata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.analysis.input.AreaCounts;
import org.strata.analysis.input.PopulationEstimate;
import org.strata.common.AppException;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.reference.Period;
import org.strata.reference.PoliceForce;
import org.strata.reference.PopulationYear;
import org.strata.reference.Taxonomy;

/**
 * Counts and populations for any area and period, from whichever source covers the period whole:
 * ONS aggregate tables ({@code offence_count}) or police.uk incidents. Areas the source does not
 * publish (regions, England and Wales, multi-district CSPs from incidents) are summed from the
 * units inside them, and say so.
 */
public final class CountQuery {
  private static final String TOTAL = "Total recorded crime (excluding fraud)";
  private static final String BTP = "K04000001:british-transport-police";
  private final DuckDbStore store;
  private final AreaRegistry areas;

  private final PopulationYear populationYear;

  /** Creates the query over a store, dividing by the mid-year estimate {@link PopulationYear#MIDPOINT} picks. */
  public CountQuery(DuckDbStore store) {
    this(store, PopulationYear.MIDPOINT);
  }

  /** Creates the query over a store, dividing by the mid-year estimate the rule picks. */
  public CountQuery(DuckDbStore store, PopulationYear populationYear) {
    this.store = store;
    this.areas = store.areas();
    this.populationYear = populationYear;
  }

  /** Counts for the area and period, or empty when the source does not cover the period whole. */
  public Optional<AreaCounts> counts(Area area, Taxonomy taxonomy, Period period) {
    return store.cached(List.of("counts", area, taxonomy, period), () -> uncachedCounts(area, taxonomy, period));
  }

  private Optional<AreaCounts> uncachedCounts(Area area, Taxonomy taxonomy, Period period) {
    try {
      return taxonomy == Taxonomy.ONS ? onsCounts(area, period) : policeUkCounts(area, period);
    } catch (SQLException e) {
      throw new AppException("cannot query counts for " + area.code() + ": " + e.getMessage(), e);
    }
  }

  private Optional<AreaCounts> onsCounts(Area area, Period period) throws SQLException {
    if (area.level() == AreaLevel.DISTRICT || area.level() == AreaLevel.CSP) {
      return onsUnit(area, area.code(), period, true, "");
    }
    if (area.level() == AreaLevel.POLICE_FORCE_AREA) {
      Optional<AreaCounts> published = onsUnit(area, area.code(), period, true, "");
      return published.isPresent() ? published : onsForceSummed(area, period);
    }
    if (area.level() == AreaLevel.COUNTY) {
      return onsCounty(area, period);
    }
    Optional<AreaCounts> published = onsUnit(area, area.code(), period, true, "");
    if (published.isPresent()) {
      return area.level() == AreaLevel.ENGLAND_AND_WALES ? Optional.of(withBtpNote(published.get())) : published;
    }
    List<PoliceForce> forces = forcesIn(area);
    Map<String, Long> sum = new LinkedHashMap<>();
    for (PoliceForce f : forces) {
      Area fa = areas.requireArea(f.code());
      Optional<AreaCounts> c = counts(fa, Taxonomy.ONS, period);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      c.get().counts().forEach((k, v) -> sum.merge(k, v, Long::sum));
    }
    return Optional.of(
        new AreaCounts(
            area,
            Taxonomy.ONS,
            period,
            sum,
            false,
            "sum of the " + forces.size() + " police force area totals"
                + (area.level() == AreaLevel.ENGLAND_AND_WALES
                    ? "; excludes British Transport Police and other non-territorial forces"
                    : "")));
  }

  /** A two-tier county: the sum of the CSPs its districts report under, when every one covers the period. */
  private Optional<AreaCounts> onsCounty(Area county, Period period) throws SQLException {
    List<String> units = areas.districtsOf(county.code()).stream().map(areas::reportingCode).distinct().toList();
    Map<String, Long> sum = new LinkedHashMap<>();
    for (String unit : units) {
      Optional<AreaCounts> c = onsUnit(county, unit, period, false, "");
      if (c.isEmpty()) {
        return Optional.empty();
      }
      c.get().counts().forEach((k, v) -> sum.merge(k, v, Long::sum));
    }
    return Optional.of(new AreaCounts(county, Taxonomy.ONS, period, sum, false,
        "sum of the county's " + units.size() + " Community Safety Partnerships"));
  }

  /**
   * A unit's counts: the rows stored for exactly the period when there are any (a bulletin's year),
   * else the shorter rows inside it (open-data quarters) when they cover every month. So a Table C2
   * year and the quarters of the same months, both loaded, are never added together.
   */
  private Optional<AreaCounts> onsUnit(
      Area area, String code, Period period, boolean published, String note) throws SQLException {
    if (store.cachesReads()) {
      Map<String, Long> counts = store.cached(List.of("ons rows"), () -> OnsRows.load(store)).counts(code, period);
      return counts.isEmpty()
          ? Optional.empty()
          : Optional.of(new AreaCounts(area, Taxonomy.ONS, period, counts, published, note));
    }
    Connection c = store.connection();
    Map<String, Long> counts = unitCounts(c, code, period, true);
    if (counts.isEmpty()) {
      counts = unitCounts(c, code, period, false);
      if (counts.isEmpty() || !coversWhole(c, code, period)) {
        return Optional.empty();
      }
    }
    return Optional.of(new AreaCounts(area, Taxonomy.ONS, period, counts, published, note));
  }

  private static Map<String, Long> unitCounts(Connection c, String code, Period period, boolean exact)
      throws SQLException {
    // the same total published twice (Table C2 and Table P1 both give force totals) counts once
    String sql =
        "SELECT category, sum(c), count(*) FILTER (WHERE c IS NULL) FROM (SELECT category,"
            + " period_start, period_end, max(count) AS c FROM offence_count WHERE area_code = ? AND"
            + " taxonomy = 'ons' AND period_start " + (exact ? "=" : ">=") + " ? AND period_end "
            + (exact ? "=" : "<=") + " ?" + (exact ? "" : " AND date_diff('month', period_start, period_end) + 1 < "
            + period.months()) + " GROUP BY category, period_start, period_end) GROUP BY category ORDER BY category";
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, code);
      ps.setObject(2, period.start().atDay(1));
      ps.setObject(3, period.end().atDay(1));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          if (r.getLong(3) == 0) {
            counts.put(r.getString(1), r.getLong(2));
          }
        }
      }
    }
    return counts;
  }

  /**
   * A published England and Wales total with the note saying what it includes beyond the 43
   * forces: "published 5,287,312 includes British Transport Police, 83,163".
   */
  private AreaCounts withBtpNote(AreaCounts published) throws SQLException {
    Long total = published.counts().get(TOTAL);
    Optional<AreaCounts> btp = onsUnit(published.area(), BTP, published.period(), true, "");
    Long transport = btp.map(b -> b.counts().get(TOTAL)).orElse(null);
    String note = total == null ? "published"
        : String.format(java.util.Locale.ROOT, "published %,d", total)
            + (transport == null ? "" : String.format(java.util.Locale.ROOT,
                " includes British Transport Police, %,d", transport));
    return new AreaCounts(published.area(), published.taxonomy(), published.period(), published.counts(), true, note);
  }

  /** True when the distinct shorter periods stored for the unit add up to every month of the period. */
  private static boolean coversWhole(Connection c, String code, Period period) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT sum(date_diff('month', period_start, period_end) + 1) FROM (SELECT DISTINCT"
                + " period_start, period_end FROM offence_count WHERE area_code = ? AND taxonomy ="
                + " 'ons' AND period_start >= ? AND period_end <= ? AND date_diff('month', period_start,"
                + " period_end) + 1 < ?)")) {
      ps.setString(1, code);
      ps.setInt(4, period.months());
      ps.setObject(2, period.start().atDay(1));
      ps.setObject(3, period.end().atDay(1));
      try (ResultSet r = ps.executeQuery()) {
        return r.next() && r.getLong(1) == period.months();
      }
    }
  }

  private Optional<AreaCounts> onsForceSummed(Area force, Period period) throws SQLException {
    Connection c = store.connection();
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT category, sum(count) FROM offence_count WHERE pfa_code = ? AND taxonomy ="
                + " 'ons' AND unit <> 'police_force_area' AND period_start >= ? AND period_end <= ?"
                + " GROUP BY category ORDER BY category")) {
      ps.setString(1, force.code());
      ps.setObject(2, period.start().atDay(1));
      ps.setObject(3, period.end().atDay(1));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          counts.put(r.getString(1), r.getLong(2));
        }
      }
    }
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new AreaCounts(
            force, Taxonomy.ONS, period, counts, false,
            "sum of the force's CSPs and unassigned offences"));
  }

  private Optional<AreaCounts> policeUkCounts(Area area, Period period) throws SQLException {
    List<String> forceCodes;
    String where;
    List<String> codes;
    if (isDistrictBased(area)) {
      List<District> ds = areas.districtsOf(area.code());
      codes = ds.stream().map(District::code).toList();
      forceCodes = ds.stream().map(District::pfaCode).distinct().toList();
      where = "district_code IN (" + placeholders(codes.size()) + ")";
    } else {
      forceCodes = forcesIn(area).stream().map(PoliceForce::code).toList();
      codes = forceCodes;
      where = "pfa_code IN (" + placeholders(codes.size()) + ")";
    }
    List<String> missing = missingForceMonths(forceCodes, period);
    if (!missing.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT crime_type, count(*) FROM incident WHERE "
                    + where
                    + " AND month BETWEEN ? AND ? GROUP BY crime_type ORDER BY crime_type")) {
      int i = 1;
      for (String code : codes) {
        ps.setString(i++, code);
      }
      ps.setObject(i++, period.start().atDay(1));
      ps.setObject(i, period.end().atDay(1));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          counts.put(r.getString(1), r.getLong(2));
        }
      }
    }
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    boolean published = area.level() == AreaLevel.DISTRICT;
    String note =
        switch (area.level()) {
          case DISTRICT -> "incidents placed in the district by their LSOA";
          case CSP -> "sum of the CSP's districts";
          case COUNTY -> "sum of the county's districts";
          case POLICE_FORCE_AREA -> "incidents the force recorded (\"Falls within\"), including those"
              + " without a location";
          default -> "sum of " + forceCodes.size() + " forces' incidents";
        };
    return Optional.of(new AreaCounts(area, Taxonomy.POLICE_UK, period, counts, published, note));
  }

  /** Force-months of the period for which no police.uk file is loaded, as "E23000034 2024-05". */
  public List<String> missingForceMonths(List<String> forceCodes, Period period) {
    List<String> missing = new ArrayList<>();
    Map<String, java.util.Set<YearMonth>> have =
        store.cached(List.of("force_month", period), () -> loadedForceMonths(period));
    for (String f : forceCodes) {
      for (YearMonth m = period.start(); !m.isAfter(period.end()); m = m.plusMonths(1)) {
        if (!have.getOrDefault(f, java.util.Set.of()).contains(m)) {
          missing.add(f + " " + m);
        }
      }
    }
    return missing;
  }

  private Map<String, java.util.Set<YearMonth>> loadedForceMonths(Period period) {
    Map<String, java.util.Set<YearMonth>> have = new HashMap<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT pfa_code, month FROM force_month WHERE month BETWEEN ? AND ?")) {
      ps.setObject(1, period.start().atDay(1));
      ps.setObject(2, period.end().atDay(1));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          have.computeIfAbsent(r.getString(1), k -> new java.util.HashSet<>())
              .add(YearMonth.from(r.getDate(2).toLocalDate()));
        }
      }
    } catch (SQLException e) {
      throw new AppException("cannot query loaded months: " + e.getMessage(), e);
    }
    return have;
  }

  private List<PoliceForce> forcesIn(Area area) {
    if (area.level() == AreaLevel.POLICE_FORCE_AREA) {
      return areas.forces().stream().filter(f -> f.code().equals(area.code())).toList();
    }
    java.util.Set<String> pfas = new java.util.LinkedHashSet<>();
    for (District d : areas.districtsOf(area.code())) {
      pfas.add(d.pfaCode());
    }
    return areas.forces().stream().filter(f -> pfas.contains(f.code())).toList();
  }

  /**
   * The population behind rates for the period: see {@link PopulationQuery#population}.
   */
  public Optional<PopulationEstimate> population(Area area, Period period) {
    return store.cached(List.of("population", area, period, String.valueOf(populationYear)),
        () -> new PopulationQuery(store, populationYear).population(area, period));
  }

  /** True for areas made of whole districts below force level: districts, CSPs and two-tier counties. */
  static boolean isDistrictBased(Area area) {
    return area.level() == AreaLevel.DISTRICT || area.level() == AreaLevel.CSP || area.level() == AreaLevel.COUNTY;
  }

  static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(Math.max(n, 1), "?"));
  }
}
