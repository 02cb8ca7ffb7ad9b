package org.strata.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.statutory.Statutory;
import org.strata.store.SourceFileInfo;

/**
 * An immutable strategic assessment of one area and period: the numbers, the findings and where
 * they came from. Every renderer (documents, JSON, dashboard) works from this alone.
 *
 * @param taxonomy the primary taxonomy the headline uses ({@code ons} when ONS tables cover the
 *     period, else {@code police_uk})
 * @param totalCategory the name of the all-crime category in that taxonomy
 * @param context the strategic context and presentation from the assessment config
 * @param statutory changes since the last assessment, the statutory checklist, outcomes and a
 *     county's districts
 */
public record Assessment(
    String areaCode,
    String areaName,
    String areaLevel,
    String period,
    String periodReadable,
    String previousPeriod,
    String baselinePeriod,
    String taxonomy,
    String totalCategory,
    @Nullable PopulationInfo population,
    List<RateRow> headline,
    List<CategoryRow> categories,
    List<SeriesPoint> series,
    List<SeriesPoint> monthly,
    List<Finding> findings,
    List<PlaceRow> places,
    List<PriorityRow> priorities,
    List<Metric> metrics,
    List<SourceFileInfo> sources,
    List<String> caveats,
    boolean synthetic,
    StrategicContext context,
    Statutory statutory) {
  /** An assessment without the statutory parts, as the analyst makes it before they are added. */
  public Assessment(
      String areaCode, String areaName, String areaLevel, String period, String periodReadable,
      String previousPeriod, String baselinePeriod, String taxonomy, String totalCategory,
      @Nullable PopulationInfo population, List<RateRow> headline, List<CategoryRow> categories,
      List<SeriesPoint> series, List<SeriesPoint> monthly, List<Finding> findings,
      List<PlaceRow> places, List<PriorityRow> priorities, List<Metric> metrics,
      List<SourceFileInfo> sources, List<String> caveats, boolean synthetic, StrategicContext context) {
    this(areaCode, areaName, areaLevel, period, periodReadable, previousPeriod, baselinePeriod,
        taxonomy, totalCategory, population, headline, categories, series, monthly, findings,
        places, priorities, metrics, sources, caveats, synthetic, context, Statutory.none());
  }

  /** An assessment without strategic context, as earlier builds made. */
  public Assessment(
      String areaCode, String areaName, String areaLevel, String period, String periodReadable,
      String previousPeriod, String baselinePeriod, String taxonomy, String totalCategory,
      @Nullable PopulationInfo population, List<RateRow> headline, List<CategoryRow> categories,
      List<SeriesPoint> series, List<SeriesPoint> monthly, List<Finding> findings,
      List<PlaceRow> places, List<PriorityRow> priorities, List<Metric> metrics,
      List<SourceFileInfo> sources, List<String> caveats, boolean synthetic) {
    this(areaCode, areaName, areaLevel, period, periodReadable, previousPeriod, baselinePeriod,
        taxonomy, totalCategory, population, headline, categories, series, monthly, findings,
        places, priorities, metrics, sources, caveats, synthetic, StrategicContext.none());
  }

  /** Copies the lists. */
  public Assessment {
    headline = List.copyOf(headline);
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    monthly = List.copyOf(monthly);
    findings = List.copyOf(findings);
    places = List.copyOf(places);
    priorities = List.copyOf(priorities);
    metrics = List.copyOf(metrics);
    sources = List.copyOf(sources);
    caveats = List.copyOf(caveats);
  }

  /** This assessment with its statutory parts. */
  public Assessment withStatutory(Statutory s) {
    return new Assessment(areaCode, areaName, areaLevel, period, periodReadable, previousPeriod,
        baselinePeriod, taxonomy, totalCategory, population, headline, categories, series, monthly,
        findings, places, priorities, metrics, sources, caveats, synthetic, context, s);
  }

  /** Findings of one kind, in order. */
  public List<Finding> findings(String kind) {
    return findings.stream().filter(f -> f.kind().equals(kind)).toList();
  }
}
