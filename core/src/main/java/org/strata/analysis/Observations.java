package org.strata.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.PopulationEstimate;
import org.strata.analysis.input.Role;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/** Looks up observations by role, taxonomy and period, and turns them into rates and series. */
final class Observations {
  private final List<Observation> all;
  private final OffenceTaxonomy taxonomy;

  Observations(List<Observation> all, OffenceTaxonomy taxonomy) {
    this.all = List.copyOf(all);
    this.taxonomy = taxonomy;
  }

  Optional<Observation> find(Role role, Taxonomy t, Period p) {
    return all.stream()
        .filter(o -> o.role() == role && o.counts().taxonomy() == t && o.counts().period().equals(p))
        .findFirst();
  }

  List<Observation> inPeriod(Taxonomy t, Period p) {
    return all.stream().filter(o -> o.counts().taxonomy() == t && o.counts().period().equals(p)).toList();
  }

  Set<Taxonomy> taxonomies(Period p) {
    Set<Taxonomy> out = new LinkedHashSet<>();
    all.stream()
        .filter(o -> o.role() == Role.SUBJECT && o.counts().period().equals(p))
        .forEach(o -> out.add(o.counts().taxonomy()));
    return out;
  }

  List<RateRow> rates(Period p, Taxonomy t, String category) {
    List<RateRow> out = new ArrayList<>();
    for (Observation o : inPeriod(t, p)) {
      long count = o.counts().count(category);
      PopulationEstimate pop = o.population();
      out.add(
          new RateRow(
              o.role(),
              o.counts().area().code(),
              o.counts().area().name(),
              category,
              t,
              count,
              pop == null ? null : pop.persons(),
              rate(count, pop),
              !o.counts().published(),
              o.counts().note()));
    }
    return out;
  }

  static Double rate(long count, PopulationEstimate pop) {
    return pop == null || pop.persons() <= 0 ? null : Rates.perThousand(count, pop.persons());
  }

  /** Yearly series: the total for every role, every category for the subject. */
  List<SeriesPoint> series(List<Period> years) {
    List<SeriesPoint> out = new ArrayList<>();
    for (Period p : years) {
      for (Observation o : all) {
        if (!o.counts().period().equals(p)) {
          continue;
        }
        String total =
            o.counts().taxonomy() == Taxonomy.LOCAL ? "" : taxonomy.total(o.counts().taxonomy()).name();
        for (var e : o.counts().counts().entrySet()) {
          if (o.role() == Role.SUBJECT || e.getKey().equals(total)) {
            out.add(point(o, e.getKey(), e.getValue()));
          }
        }
      }
    }
    return out;
  }

  static List<SeriesPoint> points(List<Observation> list, OffenceTaxonomy taxonomy) {
    List<SeriesPoint> out = new ArrayList<>();
    for (Observation o : list) {
      for (var e : o.counts().counts().entrySet()) {
        out.add(point(o, e.getKey(), e.getValue()));
      }
    }
    return out;
  }

  private static SeriesPoint point(Observation o, String category, long count) {
    return new SeriesPoint(
        o.role(),
        o.counts().area().code(),
        o.counts().area().name(),
        o.counts().period().label(),
        category,
        o.counts().taxonomy(),
        count,
        rate(count, o.population()));
  }
}
