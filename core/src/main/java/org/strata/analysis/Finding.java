package org.strata.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A structured judgement the report turns into a sentence: what kind, about which area, category
 * and period, the numbers behind it, the comparator, the direction and the significance.
 *
 * @param kind one of {@code comparison}, {@code trend}, {@code composition}, {@code priority},
 *     {@code perception_gap}, {@code emerging_issue}, {@code place}, {@code caveat}
 * @param direction {@code higher}, {@code lower}, {@code similar}, {@code up}, {@code down},
 *     {@code stable}, {@code mismatch} … or empty
 */
public record Finding(
    String kind,
    String areaCode,
    String areaName,
    String category,
    String taxonomy,
    String period,
    Map<String, Object> numbers,
    @Nullable String comparator,
    String direction,
    @Nullable Significance significance,
    List<String> caveats) {
  /** Validates and copies. */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    numbers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(numbers));
    caveats = List.copyOf(caveats);
  }
}
