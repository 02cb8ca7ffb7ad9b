package org.strata.reference;

import java.util.Objects;

/**
 * A district (local authority, 2023 boundaries) with the CSP it belongs to, its police force area
 * and region. For Welsh districts the region code is Wales ({@code W92000004}).
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
