package org.strata.analysis;

/** Which way a count moved, as the significance test reads it. */
public enum Direction {
  /** A significant rise. */
  UP,
  /** A significant fall. */
  DOWN,
  /** No significant change. */
  STABLE
}
