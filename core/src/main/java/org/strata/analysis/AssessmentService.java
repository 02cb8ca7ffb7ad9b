package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.statutory.PreviousAssessment;
import org.strata.analysis.statutory.StatutoryAnalysis;
import org.strata.reference.Area;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.store.AssessmentInput;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;
import org.strata.store.LocalCountQuery;
import org.strata.store.Observation;
import org.strata.store.PeerQuery;
import org.strata.store.PopulationEstimate;

/**
 * The one way to make an assessment: resolve the area, gather what the store holds (local extract
 * counts and a peer group included) and analyse it. The CLI and the dashboard both call this.
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
   * Assesses an area (name or GSS code) for a period. Peers are {@code peers} when given, else
   * the settings' list, else the settings' number of districts most similar in population and
   * density.
   *
   * @throws org.strata.common.UsageException if the area is unknown or has no data for the period.
   */
  public Assessment assess(String area, Period period, AnalysisSettings settings, List<String> peers) {
    return assess(area, period, settings, peers, null);
  }

  /**
   * Assesses an area as {@link #assess(String, Period, AnalysisSettings, List)} does and adds the
   * statutory parts: outcomes, a county's districts, the checklist and, when last year's assessment
   * is given, the changes since it.
   *
   * @throws org.strata.common.UsageException if the area is unknown or has no data for the period,
   *     or last year's assessment is of another area.
   */
  public Assessment assess(
      String area, Period period, AnalysisSettings settings, List<String> peers, @Nullable PreviousAssessment previous) {
    Area a = store.areas().requireArea(area);
    List<String> chosen =
        !peers.isEmpty()
            ? peers
            : !settings.peers().isEmpty()
                ? settings.peers()
                : new PeerQuery(store).mostSimilar(a, settings.peerCount());
    AssessmentInput input = withLocal(new AssessmentInputQuery(store).gather(a, period, chosen));
    AnalysisSettings used =
        store.isSynthetic() && !settings.synthetic() ? settings.toBuilder().synthetic(true).build() : settings;
    return new StatutoryAnalysis(store).complete(new Analyst(taxonomy, used).assess(input), previous);
  }

  /** Adds the subject's counts from local extracts, yearly and monthly, to the input. */
  private AssessmentInput withLocal(AssessmentInput in) {
    LocalCountQuery local = new LocalCountQuery(store);
    List<Observation> obs = new ArrayList<>(in.observations());
    for (Period p : in.years()) {
      PopulationEstimate pop =
          in.observations().stream()
              .filter(o -> o.role().equals("subject") && o.counts().period().equals(p))
              .map(Observation::population)
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
      local.counts(in.area(), p).ifPresent(c -> obs.add(new Observation("subject", c, pop)));
    }
    List<Observation> monthly = new ArrayList<>(in.monthly());
    for (int m = 35; m >= 0; m--) {
      local
          .counts(in.area(), Period.month(in.period().end().minusMonths(m)))
          .ifPresent(c -> monthly.add(new Observation("subject", c, null)));
    }
    return new AssessmentInput(
        in.area(), in.period(), in.years(), obs, monthly, in.places(), in.survey(), in.sources(),
        in.coverage(), in.unassigned());
  }
}
