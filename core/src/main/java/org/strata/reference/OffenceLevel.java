package org.strata.reference;

/** Where an offence category sits in its taxonomy. */
public enum OffenceLevel {
  TOTAL,
  GROUP,
  SUBGROUP,
  /** Below a subgroup, e.g. residential burglary under burglary. */
  DETAIL,
  /** Counted beside crime, not in its total: anti-social behaviour incidents. */
  INCIDENT
}
