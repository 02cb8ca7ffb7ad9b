package org.strata.store;

import java.util.List;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.geography.GeographyRow;
import org.strata.reference.AreaRegistry;

/** Declared areas need a parent the store knows or the same file declares. */
final class DeclaredParents {
  private DeclaredParents() {}

  /**
   * Rejects declared areas whose parent is neither a reference area nor declared (with a known
   * parent) in the same file, until every row left has one.
   */
  static ReadResult<GeographyRow> check(ReadResult<GeographyRow> result, AreaRegistry areas) {
    List<GeographyRow> kept = new java.util.ArrayList<>(result.records());
    List<RejectedRow> rejects = new java.util.ArrayList<>(result.rejects());
    boolean changed = true;
    while (changed) {
      java.util.Set<String> declared = new java.util.HashSet<>();
      kept.forEach(r -> declared.add(r.code()));
      changed = kept.removeIf(r -> {
        boolean known = declared.contains(r.parentCode())
            || areas.findArea(r.parentCode()).isPresent();
        if (!known) {
          rejects.add(new RejectedRow(r.line(), "column \"parent_code\": expected a known area or"
              + " one declared in this file, found \"" + r.parentCode() + "\"",
              String.join(",", r.level(), r.code(), r.name(), r.parentCode())));
        }
        return !known;
      });
    }
    rejects.sort(java.util.Comparator.comparingLong(RejectedRow::line));
    return new ReadResult<>(result.rowsRead(), kept.size(), kept, rejects);
  }
}
