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
import org.strata.report.doc.DataTable;
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
    return rateLines("rates-six-year", a.totalCategory(), "Recorded crime per 1,000 residents");
  }

  /** One category's rate per 1,000 year by year, for the area and the comparators that have it. */
  public Optional<Figure> categoryTrend(String id, String category) {
    return rateLines(id, category, category + " per 1,000 residents");
  }

  private Optional<Figure> rateLines(String id, String category, String title) {
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
    // one period gives one dot per line: no chart (the report says which file adds earlier years)
    if (d.getColumnCount() < 2) {
      return Optional.empty();
    }
    d.getRowKeys().forEach(k -> spec.add("series: " + k));
    String units = "Rate per 1,000 residents, " + Labels.period(pts.get(0).period()) + " to " + Labels.period(pts.get(pts.size() - 1).period());
    ChartData data = new ChartData(d, DataTable.Kind.RATE);
    String alt = data.overTime(title);
    if (d.getColumnCount() == 1 && d.getRowCount() == 1) {
      // One number is not a chart: the text and the tables already give it.
      return Optional.empty();
    }
    if (d.getColumnCount() == 1) {
      return Optional.of(onePeriod(id, title, d, spec, alt, data.table(id, title, "Period", false, source)));
    }
    JFreeChart c = ChartFactory.createLineChart(title, "", "Rate per 1,000 residents", d, PlotOrientation.VERTICAL, true, false, false);
    ChartStyle.category((CategoryPlot) c.getPlot(), false);
    ChartStyle.lines((CategoryPlot) c.getPlot());
    return Optional.of(figure(id, title, units, c, 360, spec, alt, data.table(id, title, "Period", false, source)));
  }

  /** One period is not a trend: a bar for each area, not a lone dot per line. */
  private Figure onePeriod(String id, String title, DefaultCategoryDataset d, List<String> spec, String alt, DataTable table) {
    spec.set(0, "bar");
    DefaultCategoryDataset areas = new DefaultCategoryDataset();
    for (int r = 0; r < d.getRowCount(); r++) {
      areas.addValue(d.getValue(r, 0), d.getColumnKey(0), d.getRowKey(r));
    }
    JFreeChart c = ChartFactory.createBarChart(title, "", "Rate per 1,000 residents", areas, PlotOrientation.HORIZONTAL, false, false, false);
    ChartStyle.category((CategoryPlot) c.getPlot(), false);
    ChartStyle.bars((CategoryPlot) c.getPlot(), List.of(Palette.colour(0)));
    return figure(id, title, "Rate per 1,000 residents, " + d.getColumnKey(0), c, 60 + 30 * d.getRowCount(), spec, alt, table);
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
    ChartData data = new ChartData(d, DataTable.Kind.RATE);
    String alt = title + ". " + data.byCategory("Rate per 1,000 residents, " + Labels.period(a.period()), false);
    return Optional.of(figure("categories", title, "Rate per 1,000 residents, " + Labels.period(a.period()), c,
        60 + 26 * groups.size(), spec, alt, data.table("categories", title, "Offence group", false, source)));
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
    ChartData data = new ChartData(d, DataTable.Kind.PERCENT);
    String alt = title + ". " + data.byCategory("Share of all recorded crime in " + a.areaName() + ", " + Labels.period(a.period()), false);
    return Optional.of(figure("composition", title, "Share of all recorded crime (%), " + Labels.period(a.period()), c,
        40 + 18 * groups.size(), List.of("composition", "units: per cent of all recorded crime", "series: Share of all recorded crime"),
        alt, data.table("composition", title, "Offence group", false, source)));
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
    ChartData data = new ChartData(d, DataTable.Kind.NUMBER);
    String alt = title + ". " + data.byCategory("Weighted score, all criteria added together", true);
    return Optional.of(figure("priorities", title, "Weighted score by criterion (each criterion 0–3 times its weight)", c,
        90 + 24 * top.size(), spec, alt, data.table("priorities", title, "Category", true, source)));
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
    by.forEach((cat, pts) -> pts.forEach(p -> d.addValue(p.count(), cat, Labels.period(p.period()))));
    if (d.getColumnCount() == 1 && d.getRowCount() == 1) {
      return Optional.empty();
    }
    ChartData data = new ChartData(d, DataTable.Kind.COUNT);
    String alt = title + ". " + data.overTime("Incidents recorded per month in " + a.areaName(), ": ");
    List<String> spec = new ArrayList<>(List.of(d.getColumnCount() == 1 ? "bar" : "monthly", "units: incidents per month"));
    by.keySet().forEach(k -> spec.add("series: " + k));
    JFreeChart c = d.getColumnCount() == 1
        ? ChartFactory.createBarChart(title, "", "Incidents per month", d, PlotOrientation.HORIZONTAL, by.size() > 1, false, false)
        : ChartFactory.createLineChart(title, "", "Incidents per month", d, PlotOrientation.VERTICAL, by.size() > 1, false, false);
    ChartStyle.category((CategoryPlot) c.getPlot(), d.getColumnCount() > 12);
    if (d.getColumnCount() == 1) {
      ChartStyle.bars((CategoryPlot) c.getPlot(), List.of(Palette.colour(0), Palette.colour(1), Palette.colour(2)));
    } else {
      ChartStyle.lines((CategoryPlot) c.getPlot());
    }
    return Optional.of(figure(id, title, "Incidents recorded per month, " + a.areaName(), c,
        d.getColumnCount() == 1 ? 60 + 30 * by.size() : 340, spec, alt, data.table(id, title, "Month", false, source)));
  }

  private List<CategoryRow> groups() {
    return a.categories().stream()
        .filter(r -> r.taxonomy().equals(a.taxonomy()) && r.level() == OffenceLevel.GROUP && r.ratePer1000() != null)
        .sorted(Comparator.comparingLong(CategoryRow::count).reversed())
        .toList();
  }

  private Figure figure(String id, String title, String units, JFreeChart chart, int height, List<String> spec, String alt,
      DataTable data) {
    ChartStyle.finish(chart, units, source);
    return new Figure(id, title, alt, data, WIDTH, Math.max(240, height + 80), spec, chart::draw);
  }
}
