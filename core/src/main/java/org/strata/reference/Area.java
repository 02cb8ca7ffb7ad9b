package org.strata.reference;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An area with an ONS GSS code: a district (local authority), a CSP made of several districts, a
 * police force area, a region, a country or England and Wales. A CSP of one district is
 * represented by its district. The parent is the next level up that contains it.
 */
public record Area(String code, String name, AreaLevel level, @Nullable String parentCode) {
  /** Validates the area. */
  public Area {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }
}
