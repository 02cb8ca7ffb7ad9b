package org.strata.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Analyst;
import org.strata.analysis.Assessment;
import org.strata.analysis.PreviousAssessment;
import org.strata.analysis.StatutoryAnalysis;
import org.strata.cli.config.AssessmentConfig;
import org.strata.cli.config.AssessmentConfigReader;
import org.strata.cli.config.ConfigFile;
import org.strata.cli.config.PreviousAssessmentReader;
import org.strata.common.UsageException;
import org.strata.reference.Area;
import org.strata.reference.AreaRegistry;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.report.LogoImage;
import org.strata.report.ReportOptions;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;
import org.strata.store.StatutoryInputQuery;

/**
 * The options of {@code strata report} turned into settings and an assessment: the config file
 * (if any) gives the settings; {@code --area}, {@code --period} and {@code --baseline} override it.
 */
record AssessmentRequest(
    @Nullable String area, @Nullable String period, @Nullable String baseline, @Nullable Path config,
    boolean synthetic, @Nullable Path previous) {
  AssessmentRequest(
      @Nullable String area, @Nullable String period, @Nullable String baseline, @Nullable Path config,
      boolean synthetic) {
    this(area, period, baseline, config, synthetic, null);
  }

  Assessment assess(DuckDbStore s) {
    AssessmentConfig c = config(s.areas());
    String a = area != null ? area : c.area();
    Period p = period != null ? Period.parse(period) : c.period();
    PreviousAssessment last = previous == null ? null : PreviousAssessmentReader.read(previous);
    return assess(s, c, requireNonNull(a), requireNonNull(p), baseline, synthetic, last);
  }

  /**
   * The settings of the area reported: the config file's own, or its section for that area when it
   * has {@code areas:} sections.
   *
   * @throws UsageException if neither the options nor the config name the area and period, or the
   *     area is unknown.
   * @throws BadInputException if a section's key names no area.
   */
  AssessmentConfig config(AreaRegistry areas) {
    ConfigFile file = config == null ? null : AssessmentConfigReader.readFile(config);
    AssessmentConfig shared = file == null ? AssessmentConfig.empty() : file.shared();
    String a = area != null ? area : shared.area();
    Period p = period != null ? Period.parse(period) : shared.period();
    if (a == null || p == null) {
      throw new UsageException("report: expected --area and --period (or area: and period: in the config), found "
          + (a == null ? "no area" : "no period"));
    }
    if (file == null || file.sections().isEmpty()) {
      return shared;
    }
    var sections = file.byArea(key -> areas.findArea(key.strip()).map(Area::code),
        "a district, CSP or county name or GSS code (see strata areas)");
    return file.forArea(sections, areas.requireArea(a).code());
  }

  /**
   * Assesses one area with a config already read: the batch reads each config once for many areas.
   * A {@code baseline} given here overrides the config's. No previous assessment is compared.
   */
  static Assessment assess(
      DuckDbStore s, AssessmentConfig c, String area, Period p, @Nullable String baseline, boolean synthetic) {
    return assess(s, c, area, p, baseline, synthetic, null);
  }

  private static Assessment assess(DuckDbStore s, AssessmentConfig c, String area, Period p,
      @Nullable String baseline, boolean synthetic, @Nullable PreviousAssessment last) {
    AnalysisSettings settings = c.settings().toBuilder()
        .baseline(baseline != null ? Period.parse(baseline) : c.settings().baseline())
        .synthetic(synthetic || c.settings().synthetic())
        .build();
    OffenceTaxonomy taxonomy =
        c.harmWeights() == null ? OffenceTaxonomy.load() : OffenceTaxonomy.load().withHarmWeights(c.harmWeights());
    Assessment made = new Analyst(taxonomy, settings)
        .assess(new AssessmentInputQuery(s, settings.populationYear()).gather(area, p, settings.peers(), settings.peerCount()));
    return StatutoryAnalysis.complete(
        made, new StatutoryInputQuery(s, settings.populationYear()).gather(made.areaCode(), p), last);
  }

  /** The document options the config gives the area reported: organisation, logo and section overrides. */
  ReportOptions options(AreaRegistry areas, List<Path> boundaries) {
    return config == null
        ? ReportOptions.defaults().withBoundaries(boundaries)
        : options(config(areas), config, boundaries);
  }

  /**
   * The document options of a config read from {@code file}; a relative logo path is taken from
   * the config file's folder.
   *
   * @throws UsageException if the logo file named does not exist.
   */
  static ReportOptions options(AssessmentConfig c, Path file, List<Path> boundaries) {
    ReportOptions d = ReportOptions.defaults();
    Path logo = null;
    if (c.logo() != null && !c.logo().isBlank()) {
      Path dir = file.toAbsolutePath().getParent();
      logo = dir == null ? Path.of(c.logo()) : dir.resolve(c.logo());
      if (!java.nio.file.Files.isRegularFile(logo)) {
        throw new UsageException(file + ": logo \"" + c.logo() + "\": expected an image file, found nothing at " + logo);
      }
      String given = c.logo();
      LogoImage.problem(logo).ifPresent(p -> {
        throw new UsageException(file + ": logo \"" + given + "\": " + p);
      });
    }
    return new ReportOptions(c.organisation() == null ? d.organisation() : c.organisation(), logo,
        c.sections(), boundaries, d.clock(), d.locale());
  }
}
