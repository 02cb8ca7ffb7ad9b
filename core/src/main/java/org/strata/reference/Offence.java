package org.strata.reference;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An offence category as its source names it: a total, a group or a subgroup. {@code parent} is
 * the name of the category it belongs to (null for the total), {@code order} its position in the
 * source's own table, {@code comparable} the headline category shared by both taxonomies through
 * the crosswalk (null when there is none).
 */
public record Offence(
    String name,
    Taxonomy taxonomy,
    OffenceLevel level,
    @Nullable String parent,
    int order,
    @Nullable String comparable) {
  /** Validates the offence. */
  public Offence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(taxonomy, "taxonomy");
    Objects.requireNonNull(level, "level");
  }

  /** True for the category that counts all crime in its taxonomy. */
  public boolean isTotal() {
    return level == OffenceLevel.TOTAL;
  }
}
