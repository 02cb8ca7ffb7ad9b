package org.strata.cli;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Analyst;
import org.strata.analysis.Assessment;
import org.strata.reference.Area;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;

/** The use case behind {@code strata report}: resolve the area and period, gather, analyse. */
record AssessmentRequest(String area, String period, @Nullable String baseline, @Nullable Path config, boolean synthetic) {
  Assessment assess(DuckDbStore s) {
    Area a = s.areas().requireArea(area);
    Period p = Period.parse(period);
    AnalysisSettings d = AnalysisSettings.defaults();
    AnalysisSettings settings = new AnalysisSettings(
        baseline == null ? null : Period.parse(baseline), d.pccPriorities(), d.policePriorities(),
        d.stakeholderTopics(), d.surveyTopics(), d.weights(), d.similarBand(), d.smallCount(), d.alpha(), synthetic);
    var input = new AssessmentInputQuery(s).gather(a, p, List.of());
    return new Analyst(OffenceTaxonomy.load(), settings).assess(input);
  }
}
