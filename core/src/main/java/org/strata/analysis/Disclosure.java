package org.strata.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Taxonomy;

/**
 * Disclosure control of local (partner) counts, applied once before the {@link Assessment} is
 * built, so no renderer can see a withheld value. A local count below the threshold is withheld
 * (shown "fewer than N"); so is what would recover it by subtraction: the next smallest local row
 * of the same year when only one is withheld, and last year's count, the change and its test when
 * either year's count is withheld. Findings about a withheld row are dropped, and so are its series
 * points. ONS and police.uk figures, already published, pass through untouched. See docs/method.md.
 */
final class Disclosure {
  private final int min;

  Disclosure(int minCount) {
    this.min = minCount;
  }

  /** What the assessment is built from, after disclosure control. */
  record Parts(List<CategoryRow> categories, List<SeriesPoint> series, List<Finding> findings, List<String> caveats) {}

  Parts apply(List<CategoryRow> categories, List<SeriesPoint> series, List<Finding> findings, List<String> caveats) {
    List<CategoryRow> local = categories.stream().filter(c -> c.taxonomy() == Taxonomy.LOCAL).toList();
    Set<String> now = withheld(local, CategoryRow::count);
    Set<String> before = withheld(local, CategoryRow::previousCount);
    if (now.isEmpty() && before.isEmpty()) {
      return new Parts(categories, series, findings, caveats);
    }
    Map<String, CategoryRow> rows = new LinkedHashMap<>();
    for (CategoryRow c : categories) {
      boolean hide = c.taxonomy() == Taxonomy.LOCAL && (now.contains(c.category()) || before.contains(c.category()));
      rows.put(c.category() + "|" + c.taxonomy(), hide ? suppress(c, now.contains(c.category())) : c);
    }
    Set<String> hidden = new HashSet<>(now);
    hidden.addAll(before);
    List<Finding> kept = new ArrayList<>();
    List<String> texts = new ArrayList<>(caveats);
    for (Finding f : findings) {
      if (isHidden(f.subject(), hidden)) {
        if (f instanceof Finding.Caveat c) {
          texts.remove(c.text());
        }
      } else if (f instanceof Finding.StakeholderIssue i && i.recordedCategory() != null
          && i.subject().taxonomy() == Taxonomy.LOCAL && names(local, now, i.recordedCategory())) {
        List<String> notes = new ArrayList<>(i.caveats());
        notes.add("the recorded count is below the disclosure threshold and not published (fewer than " + min + ")");
        kept.add(new Finding.StakeholderIssue(i.subject(), i.topic(), i.mentions(), i.recordedCategory(), null, i.text(), notes));
      } else {
        kept.add(f);
      }
    }
    texts.add("Counts of fewer than " + min + " from the local extract are not published, nor any figure from which"
        + " one could be worked out (disclosure control; see the method)");
    List<SeriesPoint> points = series.stream()
        .filter(p -> p.taxonomy() != Taxonomy.LOCAL || p.count() >= min && !hidden.contains(p.category())).toList();
    return new Parts(List.copyOf(rows.values()), points, kept, texts);
  }

  /** True when a withheld row is the category, or the local category a flag of that name was merged into. */
  private static boolean names(List<CategoryRow> local, Set<String> withheld, String category) {
    return local.stream().anyMatch(r -> withheld.contains(r.category()) && EmergingIssues.names(r, category));
  }

  private static boolean isHidden(Subject s, Set<String> hidden) {
    return s.taxonomy() == Taxonomy.LOCAL && hidden.contains(s.category());
  }

  /**
   * The local rows whose count of one year is withheld: those below the threshold, and, when that
   * leaves exactly one, the next smallest too, so no sibling or total gives it away.
   */
  private Set<String> withheld(List<CategoryRow> local, Function<CategoryRow, @Nullable Long> year) {
    Set<String> out = new HashSet<>();
    CategoryRow smallest = null;
    for (CategoryRow c : local) {
      Long n = year.apply(c);
      if (n == null) {
        continue;
      }
      if (n < min) {
        out.add(c.category());
      } else if (smallest == null || n < year.apply(smallest)) {
        smallest = c;
      }
    }
    if (out.size() == 1 && smallest != null) {
      out.add(smallest.category());
    }
    return out;
  }

  /** The row with its withheld cells cleared: the count when {@code count}, always last year's and the change. */
  private CategoryRow suppress(CategoryRow c, boolean count) {
    return new CategoryRow(c.category(), c.taxonomy(), c.level(), c.parent(),
        count ? null : c.count(), count ? null : c.ratePer1000(), count ? null : c.shareOfTotal(),
        count ? null : c.shareOfParent(), null, null, null, null, null, count ? null : c.forceRate(),
        c.small(), null, Suppression.of(min, count, c.count(), c.previousCount()));
  }
}
