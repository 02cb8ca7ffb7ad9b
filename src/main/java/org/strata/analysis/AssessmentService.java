package org.strata.analysis;

import java.util.List;
import org.strata.reference.Area;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;

/**
 * The one way to make an assessment: resolve the area, gather what the store holds and analyse
 * it. The CLI and the dashboard both call this.
 */
public final class AssessmentService {
  private final DuckDbStore store;
  private final OffenceTaxonomy taxonomy;

  /** Creates the service over a store with the default offence taxonomy and harm weights. */
  public AssessmentService(DuckDbStore store) {
    this(store, OffenceTaxonomy.load());
  }

  /** Creates the service over a store with a given taxonomy (e.g. user harm weights). */
  public AssessmentService(DuckDbStore store, OffenceTaxonomy taxonomy) {
    this.store = store;
    this.taxonomy = taxonomy;
  }

  /**
   * Assesses an area (name or GSS code) for a period.
   *
   * @throws org.strata.common.UsageException if the area is unknown or has no data for the period.
   */
  public Assessment assess(String area, Period period, AnalysisSettings settings, List<String> peers) {
    Area a = store.areas().requireArea(area);
    var input = new AssessmentInputQuery(store).gather(a, period, peers);
    return new Analyst(taxonomy, settings).assess(input);
  }
}
