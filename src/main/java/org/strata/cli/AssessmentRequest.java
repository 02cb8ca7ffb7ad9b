package org.strata.cli;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Assessment;
import org.strata.analysis.AssessmentService;
import org.strata.reference.Period;
import org.strata.store.DuckDbStore;

/** The options of {@code strata report} turned into settings and an assessment. */
record AssessmentRequest(String area, String period, @Nullable String baseline, @Nullable Path config, boolean synthetic) {
  Assessment assess(DuckDbStore s) {
    AnalysisSettings d = AnalysisSettings.defaults();
    AnalysisSettings settings = new AnalysisSettings(
        baseline == null ? null : Period.parse(baseline), d.pccPriorities(), d.policePriorities(),
        d.stakeholderTopics(), d.surveyTopics(), d.weights(), d.similarBand(), d.smallCount(), d.alpha(), synthetic);
    return new AssessmentService(s).assess(area, Period.parse(period), settings, List.of());
  }
}
