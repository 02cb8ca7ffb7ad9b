package org.strata.reference;

import java.util.Objects;

/**
 * One of the 43 territorial police force areas: GSS code, name as ONS writes it, region, the slug
 * police.uk uses in file names ({@code west-mercia}) and the name in its "Falls within" column
 * ({@code West Mercia Police}).
 */
public record PoliceForce(
    String code, String name, String regionCode, String slug, String policeUkName) {
  /** Validates the force. */
  public PoliceForce {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(policeUkName, "policeUkName");
  }
}
