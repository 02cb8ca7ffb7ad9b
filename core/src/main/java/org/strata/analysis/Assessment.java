package org.strata.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.SourceFileInfo;
import org.strata.reference.AreaLevel;
import org.strata.reference.Taxonomy;

/**
 * An immutable strategic assessment of one area and period: the numbers, the findings and where
 * they came from. Every renderer (documents, JSON, dashboard) works from this alone.
 *
 * @param taxonomy the primary taxonomy the headline uses ({@code ONS} when ONS tables cover the
 *     period, else {@code POLICE_UK})
 * @param totalCategory the name of the all-crime category in that taxonomy
 * @param context the strategic context and presentation from the assessment config
 * @param districtRates the total-crime rate of each district of the subject's police force area(s)
 *     and of the peers that the store has counts for, in {@code taxonomy}, for the district map
 * @param statutory changes since the last assessment, the statutory checklist, outcomes and a
 *     county's districts
 */
public record Assessment(
    String areaCode,
    String areaName,
    AreaLevel areaLevel,
    String period,
    String periodReadable,
    String previousPeriod,
    String baselinePeriod,
    Taxonomy taxonomy,
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
    List<DistrictRate> districtRates,
    Statutory statutory) {
  /** An assessment without its statutory parts, as the analyst makes it; they are added after. */
  public Assessment(
      String areaCode, String areaName, AreaLevel areaLevel, String period, String periodReadable,
      String previousPeriod, String baselinePeriod, Taxonomy taxonomy, String totalCategory,
      @Nullable PopulationInfo population, List<RateRow> headline, List<CategoryRow> categories,
      List<SeriesPoint> series, List<SeriesPoint> monthly, List<Finding> findings,
      List<PlaceRow> places, List<PriorityRow> priorities, List<Metric> metrics,
      List<SourceFileInfo> sources, List<String> caveats, boolean synthetic, StrategicContext context,
      List<DistrictRate> districtRates) {
    this(areaCode, areaName, areaLevel, period, periodReadable, previousPeriod, baselinePeriod,
        taxonomy, totalCategory, population, headline, categories, series, monthly, findings,
        places, priorities, metrics, sources, caveats, synthetic, context, districtRates, Statutory.none());
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
    districtRates = List.copyOf(districtRates);
  }

  /**
   * This assessment with its statutory parts, the findings made from them and the numbers they
   * quote (outcome shares, each district's count and rate), after its own.
   */
  public Assessment withStatutory(Statutory s, List<Finding> more) {
    List<Finding> all = new java.util.ArrayList<>(findings);
    all.addAll(more);
    List<Metric> numbers = new java.util.ArrayList<>(metrics);
    numbers.addAll(StatutoryAnalysis.metrics(this, s));
    return new Assessment(areaCode, areaName, areaLevel, period, periodReadable, previousPeriod,
        baselinePeriod, taxonomy, totalCategory, population, headline, categories, series, monthly,
        all, places, priorities, numbers, sources, caveats, synthetic, context, districtRates, s);
  }

  /** Findings of one kind, in order. */
  public List<Finding> findings(Finding.Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  /** Findings of one record type, in order. */
  public <T extends Finding> List<T> findings(Class<T> type) {
    return findings.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
