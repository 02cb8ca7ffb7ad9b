package org.strata.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.strata.common.UsageException;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Taxonomy;

/** Compares an assessment with last year's, as {@link Changes}. */
public final class ChangesSinceLast {
  /** How many of the top priorities count as "the top five". */
  public static final int TOP = 5;

  private ChangesSinceLast() {}

  /**
   * The changes from {@code previous} to {@code now}.
   *
   * @throws UsageException if last year's assessment is of another area.
   */
  public static Changes compare(Assessment now, PreviousAssessment previous, LocalInputs local) {
    if (!previous.areaCode().equals(now.areaCode())) {
      throw new UsageException("--previous " + previous.source() + ": expected an assessment of " + now.areaName()
          + " (" + now.areaCode() + "), found one of " + previous.areaName() + " (" + previous.areaCode() + ")");
    }
    List<PreviousAssessment.Priority> before = previous.priorities().stream()
        .sorted(Comparator.comparingInt(PreviousAssessment.Priority::rank)).toList();
    List<Changes.PriorityMove> moves = new ArrayList<>();
    for (PreviousAssessment.Priority p : before.subList(0, Math.min(TOP, before.size()))) {
      Integer rank = now.priorities().stream().filter(r -> r.category().equals(p.category()))
          .map(PriorityRow::rank).findFirst().orElse(null);
      moves.add(new Changes.PriorityMove(p.category(), p.rank(), rank, local.whyOf(p.category())));
    }
    List<String> topBefore = before.stream().limit(TOP).map(PreviousAssessment.Priority::category).toList();
    List<String> topNow = now.priorities().stream().sorted(Comparator.comparingInt(PriorityRow::rank)).limit(TOP)
        .map(PriorityRow::category).toList();
    return new Changes(previous.source(), previous.period(), previous.periodReadable(), moves,
        topNow.stream().filter(c -> !topBefore.contains(c)).toList(),
        topBefore.stream().filter(c -> !topNow.contains(c)).toList(),
        rates(now, previous, local), previous.keyMessages());
  }

  /** The primary taxonomy's total and groups, and any category with a why-note, found in both years. */
  private static List<Changes.RateChange> rates(Assessment now, PreviousAssessment previous, LocalInputs local) {
    List<Changes.RateChange> out = new ArrayList<>();
    Long popNow = now.population() == null ? null : now.population().persons();
    Long popBefore = previous.population();
    boolean exposures = popNow != null && popBefore != null;
    for (CategoryRow row : now.categories()) {
      boolean shown = row.taxonomy().equals(now.taxonomy())
          && (row.level() == OffenceLevel.TOTAL || row.level() == OffenceLevel.GROUP || !local.whyOf(row.category()).isEmpty());
      Optional<PreviousAssessment.Category> was = previous.categories().stream()
          .filter(c -> c.category().equals(row.category()) && sameTaxonomy(c.taxonomy(), row.taxonomy())).findFirst();
      if (!shown || was.isEmpty()) {
        continue;
      }
      long then = was.get().count();
      out.add(new Changes.RateChange(row.category(), row.taxonomy().key(), then, row.count(), was.get().ratePer1000(),
          row.ratePer1000(), then == 0 ? null : 100.0 * (row.count() - then) / then,
          PoissonTest.compare(then, exposures ? popBefore : 1, row.count(), exposures ? popNow : 1),
          local.whyOf(row.category())));
    }
    return out;
  }

  /** Last year's JSON writes a taxonomy as its key ({@code ons}) or, from later builds, its name ({@code ONS}). */
  private static boolean sameTaxonomy(String written, Taxonomy t) {
    return written.equalsIgnoreCase(t.key()) || written.equalsIgnoreCase(t.name());
  }
}
