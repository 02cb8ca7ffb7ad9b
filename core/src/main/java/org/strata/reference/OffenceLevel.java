package org.strata.reference;

/** Where an offence category sits in its taxonomy. */
public enum OffenceLevel {
  TOTAL,
  GROUP,
  SUBGROUP,
  /** Below a subgroup, e.g. residential burglary under burglary. */
  DETAIL,
  /** Counted beside crime, not in its total: anti-social behaviour incidents. */
  INCIDENT,
  /** A flag or category of a local extract (knife crime, hate crime …), counted apart from both taxonomies. */
  FLAG;

  /** The lower-case key, e.g. {@code subgroup}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
