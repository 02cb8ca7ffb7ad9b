package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.analysis.input.AssessmentInput;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.PlaceCount;
import org.strata.analysis.input.PopulationEstimate;
import org.strata.analysis.input.Role;
import org.strata.common.AppException;
import org.strata.common.UsageException;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.reference.Period;
import org.strata.reference.PopulationYear;
import org.strata.reference.Taxonomy;

/** Gathers an {@link AssessmentInput} for one area and period from the store. */
public final class AssessmentInputQuery {
  /** How many years the series covers, the assessment period included. */
  public static final int SERIES_YEARS = 6;

  private final DuckDbStore store;
  private final AreaRegistry areas;
  private final CountQuery counts;

  /** Creates the query over a store, with the default population rule. */
  public AssessmentInputQuery(DuckDbStore store) {
    this(store, PopulationYear.MIDPOINT);
  }

  /** Creates the query over a store; rates divide by the mid-year estimate the rule picks. */
  public AssessmentInputQuery(DuckDbStore store, PopulationYear populationYear) {
    this.store = store;
    this.areas = store.areas();
    this.counts = new CountQuery(store, populationYear);
  }

  /** The comparators of an area with their roles, subject first. */
  public Map<Role, Area> roles(Area area) {
    Map<Role, Area> roles = new LinkedHashMap<>();
    roles.put(Role.SUBJECT, area);
    if (CountQuery.isDistrictBased(area)) {
      roles.put(Role.POLICE_FORCE_AREA, areas.pfaOf(area.code()));
    }
    if (area.level() != AreaLevel.ENGLAND_AND_WALES && area.level() != AreaLevel.COUNTRY) {
      roles.put(Role.REGION, areas.regionOf(area.code()));
    }
    if (area.level() != AreaLevel.ENGLAND_AND_WALES) {
      roles.put(Role.ENGLAND_AND_WALES, areas.englandAndWales());
    }
    return roles;
  }

  /**
   * Gathers the input for an area named by name or GSS code. Peers are {@code peers} when given,
   * else the {@code peerCount} districts most similar in population and density.
   *
   * @throws org.strata.common.UsageException if the area is unknown.
   */
  public AssessmentInput gather(String area, Period period, List<String> peers, int peerCount) {
    Area a = areas.requireArea(area);
    List<String> chosen = !peers.isEmpty() ? peers : new PeerQuery(store).mostSimilar(a, peerCount);
    return gather(a, period, chosen);
  }

  /**
   * Gathers the input.
   *
   * @param peers codes of peer areas (may be empty)
   */
  public AssessmentInput gather(Area area, Period period, List<String> peers) {
    List<Area> peerAreas = peerAreas(area, peers);
    List<Period> years = new ArrayList<>();
    for (int y = SERIES_YEARS - 1; y >= 0; y--) {
      years.add(period.shiftYears(-y));
    }
    Map<Role, Area> roles = roles(area);
    List<Observation> obs = new ArrayList<>();
    for (Taxonomy t : List.of(Taxonomy.ONS, Taxonomy.POLICE_UK)) {
      for (Period p : years) {
        for (var role : roles.entrySet()) {
          observe(role.getKey(), role.getValue(), t, p).ifPresent(obs::add);
        }
        for (Area peer : peerAreas) {
          observe(Role.PEER, peer, t, p).ifPresent(obs::add);
        }
      }
    }
    List<Observation> monthly = new ArrayList<>();
    for (int m = 35; m >= 0; m--) {
      Period month = Period.month(period.end().minusMonths(m));
      counts
          .counts(area, Taxonomy.POLICE_UK, month)
          .ifPresent(c -> monthly.add(new Observation(Role.SUBJECT, c, null)));
    }
    addLocal(area, period, years, obs, monthly);
    List<String> coverage = new ArrayList<>(missingComparators(roles, obs, period));
    coverage.addAll(missingPeers(peerAreas, obs, period));
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
        unassigned,
        store.isSynthetic(),
        districts(area, peerAreas, period));
  }

  /**
   * The period's ONS and police.uk observations of every district in the subject's police force
   * area(s) and of every peer district, for the district map; a district the store has no counts
   * for is left out.
   */
  private List<Observation> districts(Area area, List<Area> peers, Period period) {
    List<District> own = areas.districtsOf(area.code());
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    own.stream().map(District::pfaCode).distinct()
        .forEach(pfa -> areas.districtsOf(pfa).forEach(d -> codes.add(d.code())));
    peers.forEach(p -> areas.districtsOf(p.code()).forEach(d -> codes.add(d.code())));
    java.util.Set<String> subject = new java.util.HashSet<>();
    own.forEach(d -> subject.add(d.code()));
    List<Observation> out = new ArrayList<>();
    for (String code : codes) {
      Area d = areas.requireArea(code);
      Role role = subject.contains(code) ? Role.SUBJECT : Role.PEER;
      for (Taxonomy t : List.of(Taxonomy.ONS, Taxonomy.POLICE_UK)) {
        observe(role, d, t, period).ifPresent(out::add);
      }
    }
    return out;
  }

  /** A note for each comparator the data cannot give in the period, saying why. */
  /** The subject's counts from local extracts, yearly and monthly, as taxonomy {@code LOCAL}. */
  private void addLocal(Area area, Period period, List<Period> years, List<Observation> obs, List<Observation> monthly) {
    LocalCountQuery local = new LocalCountQuery(store);
    for (Period p : years) {
      PopulationEstimate pop =
          obs.stream()
              .filter(o -> o.role() == Role.SUBJECT && o.counts().period().equals(p))
              .map(Observation::population)
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
      local.counts(area, p).ifPresent(c -> obs.add(new Observation(Role.SUBJECT, c, pop)));
    }
    for (int m = 35; m >= 0; m--) {
      local
          .counts(area, Period.month(period.end().minusMonths(m)))
          .ifPresent(c -> monthly.add(new Observation(Role.SUBJECT, c, null)));
    }
  }

  /**
   * The peer areas named, the subject left out.
   *
   * @throws UsageException if a peer names no known district or CSP.
   */
  private List<Area> peerAreas(Area subject, List<String> peers) {
    List<Area> out = new ArrayList<>();
    for (String p : peers) {
      Area a = areas.findArea(p).orElseThrow(() -> new UsageException(
          "peers: expected a district or CSP name or GSS code, found \"" + p + "\" (see strata areas)"));
      if (!a.code().equals(subject.code()) && !out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * A note for each peer the peer group leaves out of a source because the store has no counts
   * of that source for it in the period (a district of a several-district CSP has no ONS counts).
   */
  private static List<String> missingPeers(List<Area> peers, List<Observation> obs, Period period) {
    List<String> out = new ArrayList<>();
    for (Taxonomy t : List.of(Taxonomy.ONS, Taxonomy.POLICE_UK)) {
      boolean subject = obs.stream().anyMatch(o -> o.role() == Role.SUBJECT && o.counts().taxonomy() == t
          && o.counts().period().equals(period));
      for (Area p : subject ? peers : List.<Area>of()) {
        boolean seen = obs.stream().anyMatch(o -> o.role() == Role.PEER && o.counts().taxonomy() == t
            && o.counts().area().code().equals(p.code()) && o.counts().period().equals(period));
        if (!seen) {
          out.add("Peer " + p.name() + " (" + p.code() + ") is left out of the peer group's "
              + (t == Taxonomy.ONS ? "ONS" : "police.uk") + " figures: the store holds no such counts for it for "
              + period.label());
        }
      }
    }
    return out;
  }

  private static List<String> missingComparators(Map<Role, Area> roles, List<Observation> obs, Period period) {
    List<String> out = new ArrayList<>();
    for (var role : roles.entrySet()) {
      boolean seen = obs.stream().anyMatch(o -> o.role() == role.getKey() && o.counts().period().equals(period));
      if (!seen && role.getKey().isComparator()) {
        out.add("No comparison with " + role.getValue().name() + " for " + period.label()
            + ": the store does not hold counts for the whole of it for that period (for police.uk,"
            + " every force in it must be loaded for every month)");
      }
    }
    return out;
  }

  private Optional<Observation> observe(Role role, Area a, Taxonomy t, Period p) {
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
