package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.analysis.input.AreaCounts;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.PopulationEstimate;
import org.strata.analysis.input.Role;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;

/**
 * Combines the peer areas' observations into one comparator, {@code peer_group}: counts and
 * populations summed per taxonomy and period, so the peer rate is the group's pooled rate. A
 * period in which any peer lacks counts gets no peer rate; a missing population leaves it without
 * a rate.
 */
final class PeerGroup {
  static final String CODE = "peer_group";

  private PeerGroup() {}

  static List<Observation> combine(List<Observation> all) {
    List<Observation> out = new ArrayList<>();
    Map<String, List<Observation>> peers = new LinkedHashMap<>();
    for (Observation o : all) {
      if (o.role() == Role.PEER) {
        peers.computeIfAbsent(o.counts().taxonomy() + "|" + o.counts().period().label(), k -> new ArrayList<>()).add(o);
      } else {
        out.add(o);
      }
    }
    int size = peers.values().stream().mapToInt(List::size).max().orElse(0);
    for (List<Observation> group : peers.values()) {
      if (group.size() == size) {
        out.add(pool(group));
      }
    }
    return out;
  }

  private static Observation pool(List<Observation> group) {
    Map<String, Long> counts = new LinkedHashMap<>();
    long persons = 0;
    boolean allPop = true;
    int year = Integer.MAX_VALUE;
    List<String> names = new ArrayList<>();
    for (Observation o : group) {
      o.counts().counts().forEach((k, v) -> counts.merge(k, v, Long::sum));
      names.add(o.counts().area().name());
      if (o.population() == null) {
        allPop = false;
      } else {
        persons += o.population().persons();
        year = Math.min(year, o.population().year());
      }
    }
    String note = "computed: sum of " + group.size() + " peer districts (" + String.join(", ", names) + ")";
    Observation first = group.get(0);
    Area area = new Area(CODE, "Peer group of " + group.size() + " districts", AreaLevel.DISTRICT, null);
    AreaCounts c = new AreaCounts(area, first.counts().taxonomy(), first.counts().period(), counts, false, note);
    PopulationEstimate pop = allPop ? new PopulationEstimate(CODE, year, persons, true, note) : null;
    return new Observation(Role.PEER_GROUP, c, pop);
  }
}
