package org.strata.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.strata.analysis.input.AssessmentInput;
import org.strata.analysis.input.SourceFileInfo;
import org.strata.reference.Period;

/**
 * The read-only questions the dashboard asks of a store, and nothing else: which areas have data,
 * over which months, the analysis input for an area and period, and the provenance. Calls are
 * serialised because a store shares one connection. Make one over an open store with {@link
 * #of(DuckDbStore)}, or over a store file with {@link #open(Path, long)}: that one opens the file
 * read-only for each read and closes it after, so {@code strata ingest} can load meanwhile.
 *
 * <p>Every method may throw {@link StoreBusyException} when another process still writes the store
 * after the reader's wait.
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

  /**
   * True, once, when the store changed since this was last asked (new data was loaded), so that
   * caches can be dropped. A reader over an open store never reports a change.
   */
  default boolean changed() {
    return false;
  }

  /** A reader over an open store; the caller keeps it open while the reader is used. */
  static StoreReader of(DuckDbStore store) {
    return new StoreQueries(store);
  }

  /**
   * A reader of a store file, checked now by opening it once; each read opens the file read-only.
   *
   * @param waitMs how long a read waits while another process writes the store
   * @throws org.strata.common.UsageException if the file is missing or not a Strata store.
   * @throws StoreBusyException if another process writes the store past the wait.
   */
  static StoreReader open(Path file, long waitMs) {
    return ReopeningStoreReader.open(file, waitMs);
  }
}
