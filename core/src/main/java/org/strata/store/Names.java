package org.strata.store;

import java.util.Locale;

/** How district names are matched against the names police.uk writes in its LSOA names. */
final class Names {
  private Names() {}

  /**
   * The key a district name is matched on: lower case, without ONS's ", City of" / ", County of"
   * suffixes, so "Bristol, City of" matches the LSOA name "Bristol 001A".
   */
  static String matchKey(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    int comma = n.indexOf(", ");
    if (comma > 0 && (n.endsWith("city of") || n.endsWith("county of"))) {
      n = n.substring(0, comma);
    }
    return n;
  }
}
