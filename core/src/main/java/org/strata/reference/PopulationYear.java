package org.strata.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one rule for which ONS mid-year estimate divides a period's counts: the estimate for the year
 * this rule picks, else the latest earlier one. The default is {@link #MIDPOINT}; {@code
 * population_year:} in the assessment config chooses another.
 */
public enum PopulationYear {
  /** The year holding the period's midpoint: mid-2023 for 2023-24 (midpoint October 2023). */
  MIDPOINT("the year holding the period's midpoint"),
  /** The year the period starts in: mid-2023 for 2023-24. */
  START("the year the period starts in"),
  /** The year the period ends in: mid-2024 for 2023-24. */
  END("the year the period ends in"),
  /** The year before the midpoint's: mid-2022 for 2023-24, the estimate out when the year closes. */
  PREVIOUS("the year before the period's midpoint");

  private final String description;

  PopulationYear(String description) {
    this.description = description;
  }

  /** The mid-year estimate's year this rule picks for a period. */
  public int yearFor(Period period) {
    return switch (this) {
      case MIDPOINT -> period.midpoint().getYear();
      case START -> period.start().getYear();
      case END -> period.end().getYear();
      case PREVIOUS -> period.midpoint().getYear() - 1;
    };
  }

  /** The rule in words: "the year holding the period's midpoint". */
  public String description() {
    return description;
  }

  /** The config word for this rule: {@code midpoint}, {@code start}, {@code end}, {@code previous}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The rule a config word names.
   *
   * @throws IllegalArgumentException if the word names no rule; the message lists the words.
   */
  public static PopulationYear fromKey(String key) {
    for (PopulationYear p : values()) {
      if (p.key().equalsIgnoreCase(key.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException("population_year: expected one of "
        + Arrays.stream(values()).map(PopulationYear::key).collect(Collectors.joining(", ")) + ", found \"" + key + "\"");
  }
}
