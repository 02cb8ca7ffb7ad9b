package org.strata.reference;

import java.util.Objects;

/**
 * A district (local authority, 2023 boundaries) with the CSP it belongs to, its police force area
 * and region. For Welsh districts the region code is Wales ({@code W92000004}). The CSP is the
 * E22/W14 CSP of Table C2; for the few districts that ONS still splits into several CSPs on old
 * boundaries (e.g. Bournemouth, Christchurch and Poole) it is the district's own code and name.
 */
public record District(
    String code, String name, String cspCode, String cspName, String pfaCode, String regionCode) {
  /** Validates the district. */
  public District {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cspCode, "cspCode");
    Objects.requireNonNull(cspName, "cspName");
    Objects.requireNonNull(pfaCode, "pfaCode");
    Objects.requireNonNull(regionCode, "regionCode");
  }
}
