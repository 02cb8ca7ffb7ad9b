package org.strata.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.analysis.input.AreaCounts;
import org.strata.analysis.input.AssessmentInput;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.Role;
import org.strata.common.UsageException;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.Offence;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/**
 * Turns what the store holds about an area into an {@link Assessment}: rates against
 * comparators, categories with shares and changes, series, findings and the metrics table.
 */
public final class Analyst {
  private final OffenceTaxonomy taxonomy;
  private final AnalysisSettings settings;

  /** Creates an analyst with the offence taxonomy and the settings in force. */
  public Analyst(OffenceTaxonomy taxonomy, AnalysisSettings settings) {
    this.taxonomy = taxonomy;
    this.settings = settings;
  }

  /**
   * Assesses the area.
   *
   * @throws UsageException if the store has no counts for the area in the period.
   */
  public Assessment assess(AssessmentInput in) {
    return in.synthetic() && !settings.synthetic()
        ? new Analyst(taxonomy, settings.toBuilder().synthetic(true).build()).assess(in)
        : assessSettled(in);
  }

  private Assessment assessSettled(AssessmentInput in) {
    Taxonomy primary = primaryTaxonomy(in);
    Observations obs = new Observations(PeerGroup.combine(withTotals(in.observations())), taxonomy);
    Period period = in.period();
    Observation subject = obs.find(Role.SUBJECT, primary, period).orElseThrow();
    String total = taxonomy.total(primary).name();
    Period baseline = baseline(in, obs, primary);
    List<RateRow> headline = new ArrayList<>();
    List<CategoryRow> categories = new ArrayList<>();
    for (Taxonomy t : obs.taxonomies(period)) {
      if (t != Taxonomy.LOCAL) {
        headline.addAll(obs.rates(period, t, taxonomy.total(t).name()));
      }
      categories.addAll(new CategoryTable(taxonomy, obs, settings).rows(t, period, baseline));
    }
    List<SeriesPoint> monthly = Observations.points(withTotals(in.monthly()), taxonomy);
    Findings findings = new Findings(subject, settings);
    findings.comparisons(headline.stream().filter(r -> r.taxonomy() == primary).toList(), total);
    List<Finding.Comparison> byCategory = new CategoryComparisons(obs, settings).findings(categories, primary, period);
    findings.addAll(byCategory);
    TrendFindings trends = new TrendFindings(subject, settings);
    findings.addAll(trends.changes(categories, period, baseline));
    findings.addAll(trends.unusualMonths(monthly));
    findings.composition(categories, primary);
    List<PlaceRow> places = PlaceAnalysis.rows(in.places());
    findings.addAll(PlaceAnalysis.findings(places, subject));
    findings.caveats(in, categories, period, baseline);
    List<PriorityRow> priorities =
        new PriorityMatrix(taxonomy, settings).rank(categories, byCategory, primary, in.survey());
    findings.addAll(PriorityMatrix.findings(priorities, Findings.subject(subject, total, primary)));
    findings.addAll(new PerceptionGap(settings).findings(in.survey(), categories, byCategory, subject, primary));
    findings.addAll(new SurveyFindings(settings).findings(in.survey(), categories, primary, subject));
    findings.addAll(new EmergingIssues(settings).findings(categories, primary, subject));
    List<SeriesPoint> series = obs.series(in.years());
    List<Finding> all = findings.all();
    List<Metric> metrics = MetricsTable.of(new MetricsTable.Parts(in.area().code(), in.area().name(),
        period.label(), series, headline, categories, all, priorities), in.observations());
    return new Assessment(
        in.area().code(), in.area().name(), in.area().level(), period.label(),
        period.readable(), period.previous().label(), baseline.label(), primary, total,
        Optional.ofNullable(subject.population())
            .map(p -> new PopulationInfo(p.year(), p.persons(), p.computed(), p.note()))
            .orElse(null),
        headline, categories, series, inPeriod(monthly, period), all, places,
        priorities, metrics, in.sources(), findings.caveatTexts(), settings.synthetic(),
        StrategicContext.of(settings), districtRates(in, primary, total));
  }

  /** Each district's total in the headline's taxonomy and its rate, for the district map. */
  private List<DistrictRate> districtRates(AssessmentInput in, Taxonomy primary, String total) {
    List<DistrictRate> out = new ArrayList<>();
    for (Observation o : withTotals(in.districts())) {
      AreaCounts c = o.counts();
      if (c.taxonomy() == primary && c.period().equals(in.period()) && c.counts().containsKey(total)) {
        long count = c.count(total);
        out.add(new DistrictRate(c.area().code(), c.area().name(), count,
            o.population() == null ? null : o.population().persons(), Observations.rate(count, o.population()),
            primary));
      }
    }
    return out;
  }

  /**
   * The ONS and police.uk months of the assessment period only: earlier months feed the
   * unusual-month test but are not the period's data, so no chart or table shows them as if they
   * were.
   */
  private static List<SeriesPoint> inPeriod(List<SeriesPoint> monthly, Period period) {
    // The local extract's months stay out too: its categories share names with ONS ones
    // ("Drug offences"), and a chart by category name must never mix the two sources.
    return monthly.stream().filter(p -> p.taxonomy() != Taxonomy.LOCAL).filter(p -> {
      java.time.YearMonth m = java.time.YearMonth.parse(p.period());
      return !m.isBefore(period.start()) && !m.isAfter(period.end());
    }).toList();
  }

  /** The configured baseline, else the earliest year of the series the subject has counts for. */
  private Period baseline(AssessmentInput in, Observations obs, Taxonomy primary) {
    if (settings.baseline() != null) {
      return settings.baseline();
    }
    return in.years().stream()
        .filter(p -> obs.find(Role.SUBJECT, primary, p).isPresent())
        .findFirst()
        .orElse(in.period());
  }

  private static Taxonomy primaryTaxonomy(AssessmentInput in) {
    for (Taxonomy t : List.of(Taxonomy.ONS, Taxonomy.POLICE_UK)) {
      boolean has =
          in.observations().stream()
              .anyMatch(
                  o ->
                      o.role() == Role.SUBJECT
                          && o.counts().taxonomy() == t
                          && o.counts().period().equals(in.period()));
      if (has) {
        return t;
      }
    }
    throw new UsageException(
        "area "
            + in.area().name()
            + " ("
            + in.area().code()
            + "), period "
            + in.period().label()
            + ": expected ONS counts or police.uk incidents covering the whole period, found none"
            + " (see strata areas; load data with strata ingest"
            + partOfCsp(in.area())
            + ")");
  }

  /** For a district of a several-district CSP, which ONS counts only as a whole: say so. */
  private static String partOfCsp(Area area) {
    String parent = area.parentCode();
    boolean inCsp =
        area.level() == AreaLevel.DISTRICT
            && parent != null
            && (parent.startsWith("E22") || parent.startsWith("W14"));
    return inCsp
        ? "; " + area.name() + " is one district of CSP " + parent
            + ", which ONS counts as a whole: assess " + parent
        : "";
  }

  /** Adds police.uk's all-crime total (every type but anti-social behaviour) to its counts. */
  private List<Observation> withTotals(List<Observation> list) {
    List<Observation> out = new ArrayList<>();
    String total = taxonomy.total(Taxonomy.POLICE_UK).name();
    for (Observation o : list) {
      AreaCounts c = o.counts();
      if (c.taxonomy() != Taxonomy.POLICE_UK || c.counts().containsKey(total)) {
        out.add(o);
        continue;
      }
      Map<String, Long> counts = new LinkedHashMap<>(c.counts());
      long sum =
          c.counts().entrySet().stream()
              .filter(e -> taxonomy.find(Taxonomy.POLICE_UK, e.getKey()).map(Offence::level)
                  .map(l -> l != org.strata.reference.OffenceLevel.INCIDENT).orElse(true))
              .mapToLong(Map.Entry::getValue)
              .sum();
      counts.put(total, sum);
      out.add(
          new Observation(
              o.role(),
              new AreaCounts(c.area(), c.taxonomy(), c.period(), counts, c.published(), c.note()),
              o.population()));
    }
    out.sort(Comparator.comparing(o -> o.counts().period()));
    return out;
  }
}
