package org.strata.ingest.geography;

import java.util.Objects;

/**
 * One declared area: level ({@code region}, {@code police_force_area}, {@code csp}, {@code
 * district}), GSS-style code, name, the code of the area it sits in, and for a force the name
 * police.uk writes in "Falls within" (empty otherwise).
 */
public record GeographyRow(
    String level, String code, String name, String parentCode, String policeUkName, long line) {
  /** Validates the row. */
  public GeographyRow {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parentCode, "parentCode");
    Objects.requireNonNull(policeUkName, "policeUkName");
  }
}
