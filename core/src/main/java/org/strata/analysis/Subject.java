package org.strata.analysis;

import org.jspecify.annotations.Nullable;
import org.strata.reference.Taxonomy;

/**
 * What a finding is about: an area, a category in one taxonomy (null for a stakeholder topic
 * without recorded data) and the period.
 */
public record Subject(String areaCode, String areaName, String category, @Nullable Taxonomy taxonomy, String period) {
  /** The same area and period, another category. */
  public Subject about(String otherCategory, @Nullable Taxonomy otherTaxonomy) {
    return new Subject(areaCode, areaName, otherCategory, otherTaxonomy, period);
  }

  /** True when both name the same category in the same taxonomy (case ignored). */
  public boolean sameRows(Subject other) {
    return category.equalsIgnoreCase(other.category) && taxonomy == other.taxonomy;
  }
}
