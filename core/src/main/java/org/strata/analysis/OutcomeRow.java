package org.strata.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where police.uk crimes of one type ended up: the share (%) in each outcome group, for the area
 * and for its force. The row for all crime comes first.
 *
 * @param shares outcome group → % of the area's crimes of this type, in {@link OutcomeGroups#GROUPS} order
 * @param forceShares the same for the whole police force area
 */
public record OutcomeRow(
    String crimeType, long crimes, Map<String, Double> shares, long forceCrimes, Map<String, Double> forceShares) {
  /** Copies the maps, keeping their order. */
  public OutcomeRow {
    shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    forceShares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(forceShares));
  }
}
