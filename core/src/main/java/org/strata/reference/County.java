package org.strata.reference;

import java.util.List;

/**
 * A two-tier county (E10 code): the county council's area, made of the districts listed, which
 * need a county community safety agreement. Unitary authorities inside the ceremonial county
 * (Stoke-on-Trent in Staffordshire) are not part of it.
 */
record County(String code, String name, List<String> districtCodes) {
  County {
    districtCodes = List.copyOf(districtCodes);
  }
}
