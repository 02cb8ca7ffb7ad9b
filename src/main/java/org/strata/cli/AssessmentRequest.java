package org.strata.cli;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Assessment;
import org.strata.analysis.AssessmentService;
import org.strata.analysis.config.AssessmentConfig;
import org.strata.analysis.config.AssessmentConfigReader;
import org.strata.common.UsageException;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.store.DuckDbStore;

/**
 * The options of {@code strata report} turned into settings and an assessment: the config file
 * (if any) gives the settings; {@code --area}, {@code --period} and {@code --baseline} override it.
 */
record AssessmentRequest(
    @Nullable String area, @Nullable String period, @Nullable String baseline, @Nullable Path config,
    boolean synthetic) {
  Assessment assess(DuckDbStore s) {
    AssessmentConfig c = config == null ? AssessmentConfig.empty() : AssessmentConfigReader.read(config);
    String a = area != null ? area : c.area();
    Period p = period != null ? Period.parse(period) : c.period();
    if (a == null || p == null) {
      throw new UsageException("report: expected --area and --period (or area: and period: in the config), found "
          + (a == null ? "no area" : "no period"));
    }
    AnalysisSettings settings = c.settings().toBuilder()
        .baseline(baseline != null ? Period.parse(baseline) : c.settings().baseline())
        .synthetic(synthetic || c.settings().synthetic())
        .build();
    OffenceTaxonomy taxonomy =
        c.harmWeights() == null ? OffenceTaxonomy.load() : OffenceTaxonomy.load().withHarmWeights(c.harmWeights());
    return new AssessmentService(s, taxonomy).assess(a, p, settings, List.of());
  }
}
