package org.strata.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rule that places a police.uk neighbourhood (LSOA) in a district, shared by the DuckDB store
 * and the Spark job: the district the LSOA code lookup names when one is given, else the district
 * whose name is the LSOA name without its {@code " 002E"} suffix ("Cannock Chase 002E" → Cannock
 * Chase), matched on {@link #matchKey}. An LSOA that matches neither stays unplaced.
 *
 * <p>Instances are immutable and serializable, so a Spark job can broadcast one.
 */
public final class LsoaPlacement implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The LSOA name's suffix (space, three digits, a capital letter), as a regular expression. */
  public static final String NAME_SUFFIX = " [0-9]{3}[A-Z]$";

  private static final Pattern SUFFIX = Pattern.compile(NAME_SUFFIX);

  private final Map<String, String> byMatchKey;
  private final Map<String, String> lookup;

  private LsoaPlacement(Map<String, String> byMatchKey, Map<String, String> lookup) {
    this.byMatchKey = byMatchKey;
    this.lookup = lookup;
  }

  /**
   * The rule for the registry's districts and an LSOA code lookup (empty when none is loaded).
   *
   * @param lookup LSOA code → district code
   */
  public static LsoaPlacement of(AreaRegistry areas, Map<String, String> lookup) {
    Map<String, String> keys = new HashMap<>();
    for (District d : areas.districts()) {
      keys.putIfAbsent(matchKey(d.name()), d.code());
    }
    return new LsoaPlacement(keys, new HashMap<>(lookup));
  }

  /**
   * The key a district name is matched on: lower case, without ONS's ", City of" / ", County of"
   * suffixes, so "Bristol, City of" matches the LSOA name "Bristol 001A".
   */
  public static String matchKey(String districtName) {
    String n = districtName.strip().toLowerCase(Locale.ROOT);
    int comma = n.indexOf(", ");
    if (comma > 0 && (n.endsWith("city of") || n.endsWith("county of"))) {
      n = n.substring(0, comma);
    }
    return n;
  }

  /** The key an LSOA name is matched on: lower case, without its suffix. */
  public static String lsoaNameKey(String lsoaName) {
    return SUFFIX.matcher(lsoaName).replaceFirst("").toLowerCase(Locale.ROOT);
  }

  /** Finds the district of an LSOA, by code from the lookup, else by name. */
  public Optional<String> findDistrict(@Nullable String lsoaCode, @Nullable String lsoaName) {
    String d = lsoaCode == null ? null : lookup.get(lsoaCode);
    if (d == null && lsoaName != null) {
      d = byMatchKey.get(lsoaNameKey(lsoaName));
    }
    return Optional.ofNullable(d);
  }
}
