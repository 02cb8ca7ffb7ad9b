package org.strata.reference;

import java.util.Locale;

/** The level of an area in the hierarchy district → CSP → county (two-tier areas) → police force area → region → country. */
public enum AreaLevel {
  ENGLAND_AND_WALES,
  COUNTRY,
  REGION,
  POLICE_FORCE_AREA,
  /** A two-tier county (E10): a county council over several districts, e.g. Staffordshire. */
  COUNTY,
  CSP,
  DISTRICT;

  /** The lower-case name used in the store, the JSON and the CLI, e.g. {@code police_force_area}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a key written by {@link #key()}.
   *
   * @throws IllegalArgumentException if the key names no level.
   */
  public static AreaLevel fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
