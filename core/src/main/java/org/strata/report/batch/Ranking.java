package org.strata.report.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The areas of a batch ranked by all-crime rate per 1,000, highest first (rank 1); areas of one
 * headline taxonomy are ranked among themselves, ties share a rank, areas without a rate have none.
 */
record Ranking(List<BatchArea> areas, Map<String, Integer> ranks) {
  Ranking {
    areas = List.copyOf(areas);
    ranks = Map.copyOf(ranks);
  }

  static Ranking of(List<BatchArea> areas) {
    Map<String, Integer> ranks = new HashMap<>();
    Map<String, List<BatchArea>> byTaxonomy = new HashMap<>();
    for (BatchArea a : areas) {
      if (a.rate().isPresent()) {
        byTaxonomy.computeIfAbsent(a.taxonomy(), k -> new ArrayList<>()).add(a);
      }
    }
    for (List<BatchArea> group : byTaxonomy.values()) {
      group.sort(Comparator.comparingDouble((BatchArea a) -> a.rate().getAsDouble()).reversed());
      for (int i = 0; i < group.size(); i++) {
        double rate = group.get(i).rate().getAsDouble();
        int rank = i > 0 && group.get(i - 1).rate().getAsDouble() == rate ? ranks.get(group.get(i - 1).code()) : i + 1;
        ranks.put(group.get(i).code(), rank);
      }
    }
    return new Ranking(areas, ranks);
  }

  OptionalInt rank(BatchArea a) {
    Integer r = ranks.get(a.code());
    return r == null ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /** How many areas have a rank in the area's taxonomy. */
  long rankedLike(BatchArea a) {
    return areas.stream().filter(b -> ranks.containsKey(b.code()) && b.taxonomy().equals(a.taxonomy())).count();
  }
}
