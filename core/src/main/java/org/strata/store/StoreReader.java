package org.strata.store;

import java.util.List;
import java.util.Optional;
import org.strata.analysis.input.AssessmentInput;
import org.strata.analysis.input.SourceFileInfo;
import org.strata.reference.Period;

/**
 * The read-only questions the dashboard asks of a store, and nothing else: which areas have data,
 * over which months, the analysis input for an area and period, and the provenance. Calls are
 * serialised because a store shares one connection. Make one with {@link #of(DuckDbStore)}.
 */
public interface StoreReader {
  /** Where the store lives, as its file name says. */
  String location();

  /** Every area with data, in hierarchy order. */
  List<AreaQuery.AreaLine> areas();

  /**
   * The first and last month with data for an area, empty without data.
   *
   * @throws org.strata.common.UsageException if the area is unknown.
   */
  Optional<PeriodQuery.DataSpan> span(String areaCode);

  /**
   * What the store holds for an assessment of the area and period, with the given peers or the
   * {@code peerCount} most similar districts.
   *
   * @throws org.strata.common.UsageException if the area or a peer is unknown.
   */
  AssessmentInput input(String area, Period period, List<String> peers, int peerCount);

  /** Every live loaded file, for the provenance page. */
  List<SourceFileInfo> liveFiles();

  /** The first {@code limit} rejected rows. */
  List<ProvenanceQuery.Rejected> rejects(int limit);

  /** A reader over an open store; the caller keeps it open while the reader is used. */
  static StoreReader of(DuckDbStore store) {
    return new StoreQueries(store);
  }
}
