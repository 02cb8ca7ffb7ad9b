package org.strata.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The one crosswalk from the offence group and subgroup names of the Home Office open data tables
 * (every publication's spelling: "Domestic burglary" and "Residential burglary", "Rape", "Arson",
 * "Trafficking of drugs" …) to the ONS headline categories of Table C2, and from the Home Office's
 * own CSP names ("Shepway", "London, City of", "Northern Devon") to the names the area reference
 * uses. Written in {@code open_data_crosswalk.csv} and {@code home_office_csp_names.csv} and in
 * docs/method.md. Immutable.
 */
public final class OpenDataCrosswalk {
  private final Map<String, Mapping> byName;
  private final Map<String, String> cspNames;
  private final OffenceTaxonomy taxonomy;

  /**
   * What a published name stands for.
   *
   * @param publishedName the name as the crosswalk writes it
   * @param category the ONS headline category it counts in (with that category's parents), or
   *     null when it is excluded from total recorded crime (fraud)
   */
  public record Mapping(String publishedName, @Nullable Offence category) {}

  private OpenDataCrosswalk(Map<String, Mapping> byName, Map<String, String> cspNames, OffenceTaxonomy taxonomy) {
    this.byName = Map.copyOf(byName);
    this.cspNames = Map.copyOf(cspNames);
    this.taxonomy = taxonomy;
  }

  /** The crosswalk read from this package's resources. */
  public static OpenDataCrosswalk load() {
    OffenceTaxonomy taxonomy = OffenceTaxonomy.load();
    Map<String, Mapping> byName = new HashMap<>();
    for (CSVRecord r : ReferenceCsv.read("open_data_crosswalk.csv")) {
      String target = ReferenceCsv.optional(r, "ons_category");
      Offence category = target == null ? null : taxonomy.requireOffence(Taxonomy.ONS, target);
      byName.put(Names.key(r.get("published_name")), new Mapping(r.get("published_name"), category));
    }
    Map<String, String> csps = new HashMap<>();
    for (CSVRecord r : ReferenceCsv.read("home_office_csp_names.csv")) {
      String area = ReferenceCsv.optional(r, "area_name");
      csps.put(Names.key(r.get("home_office_name")), area == null ? "" : area);
    }
    return new OpenDataCrosswalk(byName, csps, taxonomy);
  }

  /** The mapping of a published group or subgroup name (case and spacing ignored), if any. */
  public Optional<Mapping> find(String publishedName) {
    return Optional.ofNullable(byName.get(Names.key(publishedName)));
  }

  /** The category and every category above it up to the total, most specific first. */
  public List<Offence> countedIn(Offence category) {
    List<Offence> out = new ArrayList<>();
    for (Optional<Offence> o = Optional.of(category); o.isPresent(); o = taxonomy.parentOf(o.get())) {
      out.add(o.get());
    }
    return out;
  }

  /**
   * True for a unit the Home Office lists like a CSP that belongs to no CSP ("Manchester Airport"):
   * its offences count for its force only.
   */
  public boolean isForceOnlyUnit(String homeOfficeName) {
    return cspNames.getOrDefault(Names.key(homeOfficeName), "x").isEmpty();
  }

  /** The reference name of a Home Office CSP name: "Folkestone and Hythe" for "Shepway". */
  public String cspName(String homeOfficeName) {
    return cspNames.getOrDefault(Names.key(homeOfficeName), homeOfficeName);
  }
}
