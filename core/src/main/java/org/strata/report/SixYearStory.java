package org.strata.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.Assessment;
import org.strata.analysis.Direction;
import org.strata.analysis.Finding;
import org.strata.analysis.PoissonTest;
import org.strata.analysis.SeriesPoint;
import org.strata.analysis.Significance;
import org.strata.analysis.input.Role;
import org.strata.reference.Taxonomy;

/**
 * The year-on-year story told from the series and comparison findings: whether crime is rising or
 * falling locally and whether the police force area moves the same way; which categories crossed
 * the force rate ("now above the force area average"); and, when only one year is loaded, what is
 * missing and which file adds it.
 */
final class SixYearStory {
  static final String MISSING_YEARS = "Earlier years are not loaded, so there is no six-year series and no change on"
      + " the previous year: the store holds %s only. The Home Office \"Police recorded crime open data tables by"
      + " Community Safety Partnership\" (prc-csp-<…>.ods, one sheet per financial year) adds them: strata ingest"
      + " ons-csp FILE.";
  static final String MISSING_MONTHS = "Earlier months are not loaded, so there is no six-year series and no change"
      + " on the previous year: the store holds %s only. The police.uk monthly archives of the same months in earlier"
      + " years (data.police.uk, Downloads) add them: strata ingest police-uk FOLDER.";

  private final Assessment a;

  SixYearStory(Assessment a) {
    this.a = a;
  }

  /** The periods the subject's total has counts for, oldest first. */
  List<String> years() {
    return a.series().stream()
        .filter(p -> p.role() == Role.SUBJECT && p.category().equals(a.totalCategory()))
        .map(SeriesPoint::period).distinct().sorted().toList();
  }

  /** True when the series holds the assessment year alone. */
  boolean oneYear() {
    return years().size() < 2;
  }

  /** The note for a one-year store, naming the file that adds earlier years. */
  Optional<String> missingYears() {
    String text = a.taxonomy() == Taxonomy.POLICE_UK ? MISSING_MONTHS : MISSING_YEARS;
    return oneYear() ? Optional.of(String.format(Locale.UK, text, Words.period(a.period()))) : Optional.empty();
  }

  /**
   * "Crime is falling locally, reflecting a trend across the Staffordshire police force area, where it
   * is also falling (down 8% on 2022-23, a significant fall)." The local change itself is the total's
   * trend sentence.
   */
  Optional<String> direction() {
    Optional<SeriesPoint> now = point(Role.POLICE_FORCE_AREA, a.period());
    Optional<SeriesPoint> before = point(Role.POLICE_FORCE_AREA, a.previousPeriod());
    Optional<Finding.Trend> local = a.findings(Finding.Trend.class).stream()
        .filter(f -> f.category().equals(a.totalCategory()) && f.changePct() != null)
        .findFirst();
    if (local.isEmpty() || now.isEmpty() || before.isEmpty() || before.get().count() == 0) {
      return Optional.empty();
    }
    String localWay = way(local.get().judgement().direction());
    Significance forceTest = test(before.get(), now.get());
    double forcePct = (now.get().count() - before.get().count()) * 100.0 / before.get().count();
    String forceWay = way(!forceTest.significant() ? Direction.STABLE : forcePct > 0 ? Direction.UP : Direction.DOWN);
    String force = "the " + now.get().areaName() + " police force area";
    String forceChange = change(forcePct, forceTest);
    String opening = localWay.equals("stable") ? "Recorded crime is broadly stable locally" : "Crime is " + localWay + " locally";
    String tail;
    if (localWay.equals(forceWay)) {
      tail = localWay.equals("stable") ? ", as it is across " + force + " (" + forceChange + ")."
          : ", reflecting a trend across " + force + ", where it is also " + forceWay + " (" + forceChange + ").";
    } else {
      tail = forceWay.equals("stable") ? ", while across " + force + " it is broadly stable (" + forceChange + ")."
          : ", while across " + force + " it is " + forceWay + " (" + forceChange + ").";
    }
    return Optional.of(opening + tail);
  }

  /**
   * One sentence per category whose rate crossed the force's since the previous period; categories
   * with a small (volatile) count are left out, so a handful of offences is not over-read.
   */
  List<String> crossings() {
    List<String> out = new ArrayList<>();
    for (Finding.Comparison f : a.findings(Finding.Comparison.class)) {
      Finding.Position before = f.previousPosition();
      // a small count (homicide, say) is volatile: a crossing would over-read it
      if (f.comparator().role() != Role.POLICE_FORCE_AREA || before == null || f.position() == Finding.Position.SIMILAR
          || f.position() == before || f.significance().volatile_()) {
        continue;
      }
      String side = f.position() == Finding.Position.HIGHER ? "above" : "below";
      out.add(String.format(Locale.UK, "%s is now %s the force area average (%s per 1,000 residents against %s across"
              + " %s); in %s it was %s.", Words.capital(f.category().toLowerCase(Locale.UK)), side,
          Words.rate(f.ratePer1000()), Words.rate(f.comparatorRatePer1000()), Words.comparator(f.comparator()),
          Words.period(a.previousPeriod()), previously(before)));
    }
    return out;
  }

  private static String previously(Finding.Position position) {
    return switch (position) {
      case HIGHER -> "above";
      case LOWER -> "below";
      case SIMILAR -> "close to it";
    };
  }

  private Optional<SeriesPoint> point(Role role, String period) {
    return a.series().stream()
        .filter(p -> p.role() == role && p.period().equals(period) && p.category().equals(a.totalCategory()))
        .findFirst();
  }

  /** The change tested with populations as exposures (equal exposure when a rate is missing). */
  private static Significance test(SeriesPoint before, SeriesPoint now) {
    double e1 = exposure(before);
    double e2 = exposure(now);
    return e1 > 0 && e2 > 0 ? PoissonTest.compare(before.count(), e1, now.count(), e2)
        : PoissonTest.compare(before.count(), 1, now.count(), 1);
  }

  private static double exposure(SeriesPoint p) {
    Double rate = p.ratePer1000();
    return rate == null || rate == 0 ? 0 : p.count() * 1000.0 / rate;
  }

  private static String way(Direction direction) {
    return switch (direction) {
      case UP -> "rising";
      case DOWN -> "falling";
      case STABLE -> "stable";
    };
  }

  private String change(double pct, @Nullable Significance test) {
    String word = pct >= 0 ? "up " : "down ";
    return word + Words.pct(pct) + " on " + Words.period(a.previousPeriod())
        + (test != null && test.significant() ? ", a significant " + (pct >= 0 ? "rise" : "fall") : ", not a significant change");
  }
}
