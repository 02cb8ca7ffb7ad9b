package org.strata.store;

import java.util.List;
import java.util.Optional;
import org.strata.analysis.input.AssessmentInput;
import org.strata.analysis.input.SourceFileInfo;
import org.strata.reference.Period;

/** {@link StoreReader} over one open store; every call holds the store's lock. */
final class StoreQueries implements StoreReader {
  private final DuckDbStore store;

  StoreQueries(DuckDbStore store) {
    this.store = store;
  }

  @Override
  public String location() {
    return store.location();
  }

  @Override
  public synchronized List<AreaQuery.AreaLine> areas() {
    return new AreaQuery(store).list(false);
  }

  @Override
  public synchronized Optional<PeriodQuery.DataSpan> span(String areaCode) {
    return new PeriodQuery(store).span(store.areas().requireArea(areaCode));
  }

  @Override
  public synchronized AssessmentInput input(String area, Period period, List<String> peers, int peerCount) {
    return new AssessmentInputQuery(store).gather(area, period, peers, peerCount);
  }

  @Override
  public synchronized List<SourceFileInfo> liveFiles() {
    return new ProvenanceQuery(store).liveFiles();
  }

  @Override
  public synchronized List<ProvenanceQuery.Rejected> rejects(int limit) {
    return new ProvenanceQuery(store).rejects(limit);
  }
}
