package org.strata.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.strata.common.UsageException;

/**
 * The areas of England and Wales on 2023 boundaries and how they nest: district → CSP (when a CSP
 * covers several districts) → police force area → region → country → England and Wales. Welsh
 * districts and forces sit directly under Wales, which serves as their region.
 *
 * <p>Most CSPs are one district; such a CSP is represented by its district, and its E22/W14 code
 * and name find that district. Eleven CSPs cover several districts and are areas of their own. ONS
 * still reports a few CSPs on old boundaries that are now parts of one district (Bournemouth and
 * Poole, the Cumbrian and Northamptonshire CSPs, Suffolk Coastal and Waveney, the four
 * Buckinghamshire CSPs); {@link #findCspByCode} and {@link #findCspByName} map those to the
 * district, whose counts are their sum, and {@link #isLegacyCsp} tells them apart.
 *
 * <p>Instances are immutable and safe to share; {@link #load()} returns one cached instance.
 */
public final class AreaRegistry {
  private final List<District> districts;
  private final List<PoliceForce> forces;
  private final List<Area> areas;
  private final AreaIndex index;
  private final List<LegacyCsp> legacy;
  private final DistrictAreas hectares;
  private final List<County> counties;

  private AreaRegistry(
      List<District> districts,
      List<PoliceForce> forces,
      List<Area> regions,
      List<LegacyCsp> legacy,
      DistrictAreas hectares,
      List<County> counties) {
    this.hectares = hectares;
    this.districts = districts;
    this.forces = forces;
    this.counties = counties;
    this.areas = List.copyOf(buildAreas(districts, forces, regions, counties));
    this.index = new AreaIndex(districts, forces, areas, legacy);
    this.legacy = legacy;
  }

  /**
   * A registry with further areas beside the reference ones: districts, forces and regions a user
   * declares (the demo's fictional force, or boundaries newer than this build).
   *
   * @throws IllegalArgumentException if an added code is already a reference code.
   */
  public AreaRegistry withAdditions(
      List<District> moreDistricts, List<PoliceForce> moreForces, List<Area> moreRegions) {
    if (moreDistricts.isEmpty() && moreForces.isEmpty() && moreRegions.isEmpty()) {
      return this;
    }
    AreaAdditions.checkNew(areas, moreDistricts, moreForces, moreRegions);
    return new AreaRegistry(
        AreaAdditions.concat(districts, moreDistricts),
        AreaAdditions.concat(forces, moreForces),
        AreaAdditions.concat(AreaAdditions.regionsOf(areas), moreRegions),
        legacy,
        hectares,
        counties);
  }

  /** Returns the registry read from this package's resources, loaded once and cached. */
  public static AreaRegistry load() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final AreaRegistry INSTANCE =
        new AreaRegistry(
            AreaTables.districts(),
            AreaTables.forces(),
            AreaTables.regions(),
            AreaTables.legacyCsps(),
            DistrictAreas.load(),
            AreaTables.counties());
  }

  private static List<Area> buildAreas(
      List<District> districts, List<PoliceForce> forces, List<Area> regions, List<County> counties) {
    List<Area> out = new ArrayList<>(regions);
    for (PoliceForce f : forces) {
      out.add(new Area(f.code(), f.name(), AreaLevel.POLICE_FORCE_AREA, f.regionCode()));
    }
    Map<String, String> pfaOfDistrict = new HashMap<>();
    districts.forEach(d -> pfaOfDistrict.put(d.code(), d.pfaCode()));
    for (County c : counties) {
      // every two-tier county lies inside one police force area (checked by AreaRegistryTest)
      out.add(new Area(c.code(), c.name(), AreaLevel.COUNTY, pfaOfDistrict.get(c.districtCodes().get(0))));
    }
    Map<String, Integer> sizes = cspSizes(districts);
    Map<String, Area> csps = new LinkedHashMap<>();
    for (District d : districts) {
      if (sizes.get(d.cspCode()) > 1) {
        csps.putIfAbsent(
            d.cspCode(), new Area(d.cspCode(), d.cspName(), AreaLevel.CSP, d.pfaCode()));
      }
    }
    out.addAll(csps.values());
    for (District d : districts) {
      String parent = sizes.get(d.cspCode()) > 1 ? d.cspCode() : d.pfaCode();
      out.add(new Area(d.code(), d.name(), AreaLevel.DISTRICT, parent));
    }
    return out;
  }

  static Map<String, Integer> cspSizes(List<District> districts) {
    Map<String, Integer> sizes = new HashMap<>();
    for (District d : districts) {
      sizes.merge(d.cspCode(), 1, Integer::sum);
    }
    return sizes;
  }

  /**
   * Every area, largest first: England and Wales, countries, regions, police force areas,
   * two-tier counties, multi-district CSPs, districts.
   */
  public List<Area> areas() {
    return areas;
  }

  /** Every district of England and Wales, in ONS order. */
  public List<District> districts() {
    return districts;
  }

  /** The 43 territorial police forces. */
  public List<PoliceForce> forces() {
    return forces;
  }

  /**
   * Finds an area by GSS code or by name (case, spacing, "&" and full stops ignored). A
   * single-district CSP's code or name finds its district; when a name is shared by areas at
   * several levels ("North Devon", "Wiltshire", "West Midlands"), the lowest level wins. Police
   * force names as police.uk writes them ("West Mercia Police") find the force area.
   */
  public Optional<Area> findArea(String codeOrName) {
    Area a = index.byCode(codeOrName);
    if (a == null) {
      a = index.byName(codeOrName);
    }
    if (a == null) {
      a = findForce(codeOrName).map(f -> index.byCode(f.code())).orElse(null);
    }
    return Optional.ofNullable(a);
  }

  /**
   * Returns the area {@link #findArea} finds.
   *
   * @throws UsageException if no area matches; the message suggests close names when there are any.
   */
  public Area requireArea(String codeOrName) {
    return findArea(codeOrName)
        .orElseThrow(
            () -> {
              List<String> close = index.closeNames(codeOrName);
              String hint =
                  close.isEmpty()
                      ? "(try strata areas)"
                      : "(did you mean \"" + String.join("\", \"", close) + "\"? try strata areas)";
              return new UsageException(
                  "area \""
                      + codeOrName
                      + "\": expected a district, CSP or county name or GSS code, found no match "
                      + hint);
            });
  }

  /**
   * The districts inside an area of any level, in ONS order.
   *
   * @throws UsageException if the code or name finds no area.
   */
  public List<District> districtsOf(String areaCode) {
    Area a = requireArea(areaCode);
    Predicate<District> inside =
        switch (a.level()) {
          case DISTRICT -> d -> d.code().equals(a.code());
          case CSP -> d -> d.cspCode().equals(a.code());
          case COUNTY -> d -> countyDistricts(a.code()).contains(d.code());
          case POLICE_FORCE_AREA -> d -> d.pfaCode().equals(a.code());
          case REGION -> d -> d.regionCode().equals(a.code());
          case COUNTRY -> d -> countryCode(d.code()).equals(a.code());
          case ENGLAND_AND_WALES -> d -> true;
        };
    return districts.stream().filter(inside).toList();
  }

  /**
   * The area in hectares of a district, or of a larger area as the sum of its districts, measured
   * to mean high water with inland water included; empty when the code or name finds no area or a
   * district in it has no recorded area (a declared district).
   */
  public OptionalDouble areaHectares(String areaCode) {
    return findArea(areaCode)
        .map(a -> hectares.sum(districtsOf(a.code())))
        .orElseGet(OptionalDouble::empty);
  }

  /** Finds a district by its GSS code. */
  public Optional<District> findDistrict(String code) {
    return Optional.ofNullable(index.district(code.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * Finds a district by name, ignoring case and spacing; also accepts the short form police.uk uses
   * in LSOA names ("Bristol" for "Bristol, City of").
   */
  public Optional<District> findDistrictByName(String name) {
    return Optional.ofNullable(index.districtByName(name));
  }

  /**
   * Finds a police force by GSS code, ONS name ("Devon and Cornwall"), police.uk slug
   * ("devon-and-cornwall") or "Falls within" name ("Devon & Cornwall Police"), ignoring case; a
   * trailing "Police", "Constabulary" or "Police Service" is optional.
   */
  public Optional<PoliceForce> findForce(String codeNameSlugOrPoliceUkName) {
    return Optional.ofNullable(index.force(codeNameSlugOrPoliceUkName));
  }

  /**
   * Finds the area an ONS CSP code (E22/W14) reports on: the district for a single-district or
   * legacy CSP, the CSP area for a multi-district one.
   */
  public Optional<Area> findCspByCode(String cspCode) {
    return Optional.ofNullable(index.cspByCode(cspCode));
  }

  /**
   * Finds the area an ONS CSP name reports on, as {@link #findCspByCode}; names are matched
   * ignoring case, trailing spaces and "[note N]" marks.
   */
  public Optional<Area> findCspByName(String cspName) {
    return Optional.ofNullable(index.cspByName(cspName));
  }

  /**
   * True when the CSP code or name is one ONS reports on old boundaries inside a larger district,
   * so that several CSP rows add up to one district.
   */
  public boolean isLegacyCsp(String cspCodeOrName) {
    return index.isLegacy(cspCodeOrName);
  }

  /**
   * The code counts are reported under for a district: its own code when its CSP is that one
   * district, else the CSP's code.
   */
  public String reportingCode(District d) {
    return index.cspSize(d.cspCode()) > 1 ? d.cspCode() : d.code();
  }

  /**
   * The police force area containing an area.
   *
   * @throws UsageException if the area is unknown or larger than a police force area.
   */
  public Area pfaOf(String areaCode) {
    Area a = requireArea(areaCode);
    return switch (a.level()) {
      case DISTRICT -> area(district(a).pfaCode());
      case CSP, COUNTY -> area(Objects.requireNonNull(a.parentCode()));
      case POLICE_FORCE_AREA -> a;
      default -> throw tooLarge(areaCode, a, "a district, CSP or police force area");
    };
  }

  /**
   * The region containing an area; for Welsh areas, Wales.
   *
   * @throws UsageException if the area is unknown, England, or England and Wales.
   */
  public Area regionOf(String areaCode) {
    Area a = requireArea(areaCode);
    return switch (a.level()) {
      case DISTRICT -> area(district(a).regionCode());
      case CSP, COUNTY, POLICE_FORCE_AREA -> regionOf(Objects.requireNonNull(a.parentCode()));
      case REGION -> a;
      case COUNTRY -> {
        if (a.code().startsWith("W")) {
          yield a;
        }
        throw tooLarge(areaCode, a, "an area inside a region or Wales");
      }
      case ENGLAND_AND_WALES -> throw tooLarge(areaCode, a, "an area inside a region or Wales");
    };
  }

  /**
   * The country containing an area: England or Wales.
   *
   * @throws UsageException if the area is unknown or is England and Wales.
   */
  public Area countryOf(String areaCode) {
    Area a = requireArea(areaCode);
    if (a.level() == AreaLevel.ENGLAND_AND_WALES) {
      throw tooLarge(areaCode, a, "an area inside England or Wales");
    }
    return area(countryCode(a.code()));
  }

  /** The codes of a two-tier county's districts; empty for any other code. */
  private List<String> countyDistricts(String countyCode) {
    return counties.stream().filter(c -> c.code().equals(countyCode)).findFirst()
        .map(County::districtCodes).orElse(List.of());
  }

  /** England and Wales, the top of the hierarchy. */
  public Area englandAndWales() {
    return area("K04000001");
  }

  private static String countryCode(String code) {
    return code.startsWith("W") ? "W92000004" : "E92000001";
  }

  private Area area(String code) {
    return Objects.requireNonNull(index.byCode(code), code);
  }

  private District district(Area a) {
    return Objects.requireNonNull(index.district(a.code()), a.code());
  }

  private static UsageException tooLarge(String asked, Area a, String expected) {
    return new UsageException(
        "area \""
            + asked
            + "\": expected "
            + expected
            + ", found "
            + a.name()
            + " ("
            + a.level().key().replace('_', ' ')
            + ")");
  }
}
