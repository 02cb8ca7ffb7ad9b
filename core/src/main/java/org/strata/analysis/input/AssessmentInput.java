package org.strata.analysis.input;

import java.util.List;
import java.util.Map;
import org.strata.reference.Area;
import org.strata.reference.Period;

/**
 * Everything the store holds that an assessment of one area needs: observations for the subject
 * and its comparators over the period and the years before it, place counts, survey results and
 * provenance. Built by {@link AssessmentInputQuery}; consumed by the analysis.
 *
 * @param years the financial years or equivalent periods of the series, oldest first, ending with
 *     the assessment period
 * @param monthly monthly observations of the subject (police.uk only), oldest first
 * @param places counts by LSOA for the subject in the period (police.uk only)
 * @param coverage notes on incomplete data (missing force-months, rows without a location)
 * @param synthetic true when the store holds Strata's generated demonstration data
 * @param districts the period's observations of each district of the subject's police force
 *     area(s) and of the peers, for the district map (role SUBJECT for the subject's own districts)
 */
public record AssessmentInput(
    Area area,
    Period period,
    List<Period> years,
    List<Observation> observations,
    List<Observation> monthly,
    List<PlaceCount> places,
    List<SurveyResult> survey,
    List<SourceFileInfo> sources,
    List<String> coverage,
    Map<String, Long> unassigned,
    boolean synthetic,
    List<Observation> districts) {
  /** Copies the lists. */
  public AssessmentInput {
    years = List.copyOf(years);
    observations = List.copyOf(observations);
    monthly = List.copyOf(monthly);
    places = List.copyOf(places);
    survey = List.copyOf(survey);
    sources = List.copyOf(sources);
    coverage = List.copyOf(coverage);
    unassigned = Map.copyOf(unassigned);
    districts = List.copyOf(districts);
  }

  /** The input without district observations (no district map can be shaded but the subject's). */
  public AssessmentInput(Area area, Period period, List<Period> years, List<Observation> observations,
      List<Observation> monthly, List<PlaceCount> places, List<SurveyResult> survey, List<SourceFileInfo> sources,
      List<String> coverage, Map<String, Long> unassigned, boolean synthetic) {
    this(area, period, years, observations, monthly, places, survey, sources, coverage, unassigned, synthetic,
        List.of());
  }
}
