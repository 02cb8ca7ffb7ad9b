package org.strata.reference;

import java.util.Objects;

/**
 * How harmful one offence category is, in Cambridge Crime Harm Index days (the recommended
 * starting-point sentence, in days of custody, of a typical offence in the category), with how the
 * figure was reached ({@code basis}) and where it came from ({@code source}).
 */
public record HarmWeight(
    Taxonomy taxonomy, String category, double days, String basis, String source) {
  /**
   * Validates the weight.
   *
   * @throws IllegalArgumentException if days is negative or not a number.
   */
  public HarmWeight {
    Objects.requireNonNull(taxonomy, "taxonomy");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(source, "source");
    if (!(days >= 0) || Double.isInfinite(days)) {
      throw new IllegalArgumentException("days must be a finite number >= 0, was " + days);
    }
  }
}
