package org.strata.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.PriorityRow;
import org.strata.analysis.SeriesPoint;
import org.strata.analysis.input.Role;
import org.strata.reference.OffenceLevel;
import org.strata.report.doc.Figure;

/**
 * Builds the assessment's charts as figures: the six-year rate line, category rates against the
 * force, composition, the priority ranking, monthly series and each category's trend. A chart
 * whose data are absent is not built (empty result).
 */
public final class Charts {
  static final int WIDTH = 640;
  private final Assessment a;
  private final String source;

  /** Charts of an assessment; {@code source} is the line naming the data sources. */
  public Charts(Assessment a, String source) {
    this.a = a;
    this.source = source;
  }

  /** Rates per 1,000 of all recorded crime for the area and its comparators, year by year. */
  public Optional<Figure> sixYearRates() {
    return rateLines("rates-six-year", a.totalCategory(), "Recorded crime per 1,000 residents", true);
  }

  /** One category's rate per 1,000 year by year, for the area and the comparators that have it. */
  public Optional<Figure> categoryTrend(String id, String category) {
    return rateLines(id, category, category + " per 1,000 residents", false);
  }

  private Optional<Figure> rateLines(String id, String category, String title, boolean needComparators) {
    List<SeriesPoint> pts = a.series().stream()
        .filter(p -> p.category().equals(category) && p.ratePer1000() != null && p.taxonomy().equals(a.taxonomy()))
        .toList();
    if (pts.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    List<String> spec = new ArrayList<>(List.of("line", "units: rate per 1,000 residents"));
    for (SeriesPoint p : sorted(pts)) {
      String name = Labels.role(p.role(), p.areaName());
      d.addValue(p.ratePer1000(), name, Labels.period(p.period()));
    }
    if (needComparators && d.getRowCount() < 2 && d.getColumnCount() < 2) {
      return Optional.empty();
    }
    for (Object k : d.getRowKeys()) {
      spec.add("series: " + k);
    }
    JFreeChart c = ChartFactory.createLineChart(title, "", "Rate per 1,000 residents", d, PlotOrientation.VERTICAL, true, false, false);
    ChartStyle.category((CategoryPlot) c.getPlot(), false);
    ChartStyle.lines((CategoryPlot) c.getPlot());
    String units = "Rate per 1,000 residents, " + Labels.period(pts.get(0).period()) + " to " + Labels.period(pts.get(pts.size() - 1).period());
    return Optional.of(figure(id, title, units, c, 360, spec));
  }

  private static List<SeriesPoint> sorted(List<SeriesPoint> pts) {
    return pts.stream()
        .sorted(Comparator.comparing(SeriesPoint::role).thenComparing(SeriesPoint::period))
        .toList();
  }

  /** The rate per 1,000 of each offence group in the area beside the force's rate. */
  public Optional<Figure> categoryRates() {
    List<CategoryRow> groups = groups();
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    boolean force = groups.stream().anyMatch(r -> r.forceRate() != null);
    for (CategoryRow r : groups) {
      d.addValue(r.ratePer1000(), a.areaName(), Labels.shortName(r.category()));
      if (force) {
        d.addValue(r.forceRate(), "Police force area", Labels.shortName(r.category()));
      }
    }
    String title = "Offences per 1,000 residents by group";
    JFreeChart c = ChartFactory.createBarChart(title, "", "Rate per 1,000 residents", d, PlotOrientation.HORIZONTAL, force, false, false);
    ChartStyle.category((CategoryPlot) c.getPlot(), false);
    ChartStyle.bars((CategoryPlot) c.getPlot(), List.of(Palette.colour(0), Palette.colour(1)));
    List<String> spec = new ArrayList<>(List.of("bar", "units: rate per 1,000 residents", "series: " + a.areaName()));
    if (force) {
      spec.add("series: Police force area");
    }
    return Optional.of(figure("categories", title, "Rate per 1,000 residents, " + Labels.period(a.period()), c, 60 + 26 * groups.size(), spec));
  }

  /** Each offence group's share of all recorded crime. */
  public Optional<Figure> composition() {
    List<CategoryRow> groups = groups().stream().filter(r -> r.shareOfTotal() != null).toList();
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    for (CategoryRow r : groups) {
      d.addValue(r.shareOfTotal(), "Share of all recorded crime", Labels.shortName(r.category()));
    }
    String title = "What recorded crime is made of";
    JFreeChart c = ChartFactory.createBarChart(title, "", "Per cent of all recorded crime", d, PlotOrientation.HORIZONTAL, false, false, false);
    ChartStyle.category((CategoryPlot) c.getPlot(), false);
    ChartStyle.bars((CategoryPlot) c.getPlot(), List.of(Palette.colour(2)));
    return Optional.of(figure("composition", title, "Share of all recorded crime (%), " + Labels.period(a.period()), c,
        40 + 18 * groups.size(), List.of("composition", "units: per cent of all recorded crime", "series: Share of all recorded crime")));
  }

  /** The top ten of the priority matrix, each bar split by criterion. */
  public Optional<Figure> priorityRanking() {
    if (a.priorities().isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    List<PriorityRow> top = a.priorities().subList(0, Math.min(10, a.priorities().size()));
    for (PriorityRow p : top) {
      for (PriorityRow.PriorityScore s : p.scores()) {
        d.addValue(s.score() * s.weight(), Labels.criterion(s.criterion()), p.rank() + ". " + Labels.shortName(p.category()));
      }
    }
    String title = "Priority matrix: the ten highest scores";
    JFreeChart c = ChartFactory.createStackedBarChart(title, "", "Weighted score", d, PlotOrientation.HORIZONTAL, true, false, false);
    ChartStyle.category((CategoryPlot) c.getPlot(), false);
    List<java.awt.Color> colours = new ArrayList<>();
    for (int i = 0; i < d.getRowCount(); i++) {
      colours.add(Palette.colour(i));
    }
    ChartStyle.bars((CategoryPlot) c.getPlot(), colours);
    List<String> spec = new ArrayList<>(List.of("ranking", "units: weighted score"));
    d.getRowKeys().forEach(k -> spec.add("series: " + k));
    return Optional.of(figure("priorities", title, "Weighted score by criterion (each criterion 0–3 times its weight)", c, 90 + 24 * top.size(), spec));
  }

  /** Monthly counts of the given categories, one line each. */
  public Optional<Figure> monthly(String id, String title, List<String> categories) {
    Map<String, List<SeriesPoint>> by = new LinkedHashMap<>();
    for (String cat : categories) {
      List<SeriesPoint> pts = a.monthly().stream()
          .filter(p -> p.role() == Role.SUBJECT && p.category().equalsIgnoreCase(cat))
          .sorted(Comparator.comparing(SeriesPoint::period)).toList();
      if (!pts.isEmpty()) {
        by.put(cat, pts);
      }
    }
    if (by.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    by.forEach((cat, pts) -> pts.forEach(p -> d.addValue(p.count(), cat, p.period())));
    JFreeChart c = ChartFactory.createLineChart(title, "", "Incidents per month", d, PlotOrientation.VERTICAL, by.size() > 1, false, false);
    ChartStyle.category((CategoryPlot) c.getPlot(), d.getColumnCount() > 12);
    ChartStyle.lines((CategoryPlot) c.getPlot());
    List<String> spec = new ArrayList<>(List.of("monthly", "units: incidents per month"));
    by.keySet().forEach(k -> spec.add("series: " + k));
    return Optional.of(figure(id, title, "Incidents recorded per month, " + a.areaName(), c, 340, spec));
  }

  private List<CategoryRow> groups() {
    return a.categories().stream()
        .filter(r -> r.taxonomy().equals(a.taxonomy()) && r.level() == OffenceLevel.GROUP && r.ratePer1000() != null)
        .sorted(Comparator.comparingLong(CategoryRow::count).reversed())
        .toList();
  }

  private Figure figure(String id, String title, String units, JFreeChart chart, int height, List<String> spec) {
    ChartStyle.finish(chart, units, source);
    String alt = title + ". " + units + ". " + String.join("; ", spec);
    return new Figure(id, title, alt, WIDTH, Math.max(240, height + 80), spec, chart::draw);
  }
}
