package org.strata.reference;

import java.util.Locale;

/** Which classification an offence category comes from; the two are never silently mixed. */
public enum Taxonomy {
  /** ONS / Home Office counting rules: offence code → subgroup → group. */
  ONS,
  /** The crime types data.police.uk publishes, with anti-social behaviour. */
  POLICE_UK,
  /** Flags counted from a local extract (domestic abuse, knife crime …). */
  LOCAL;

  /** The lower-case key used in {@code metrics.csv}: {@code ons}, {@code police_uk}, {@code local}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
