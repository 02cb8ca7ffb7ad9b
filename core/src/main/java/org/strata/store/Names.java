package org.strata.store;

import org.strata.reference.LsoaPlacement;

/** How district names are matched against the names police.uk writes in its LSOA names. */
final class Names {
  private Names() {}

  /** The key a district name is matched on: see {@link LsoaPlacement#matchKey}. */
  static String matchKey(String name) {
    return LsoaPlacement.matchKey(name);
  }
}
