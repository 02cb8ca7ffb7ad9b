package org.strata.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.Finding;
import org.strata.analysis.SeriesPoint;
import org.strata.analysis.Significance;
import org.strata.analysis.input.Role;
import org.strata.reference.Period;
import org.strata.report.Narrative;

/** One offence category of an area: series, change and its significance, composition, comparators. */
final class CategoryPage {
  private CategoryPage() {}

  static String render(Assessment a, CategoryRow c, Period period, List<Period> choices) {
    boolean parentIsTotal = a.totalCategory().equals(c.parent());
    Html h = new Html();
    Parts.heading(h, a, c.category());
    Parts.periodForm(h, "/areas/" + a.areaCode() + "/category", choices, period,
        List.<String[]>of(new String[] {"name", c.category()}));
    for (Finding.Trend f : a.findings(Finding.Trend.class)) {
      if (f.category().equals(c.category())) {
        h.raw("<div class=\"govuk-inset-text\">").text(new Narrative(a).trend(f)).raw("</div>");
      }
    }
    summary(h, c, parentIsTotal);
    series(h, a, c);
    comparators(h, a, c);
    monthly(h, a, c);
    return Layout.page(c.category() + ", " + a.areaName(), "", List.of(new Layout.Crumb("/", "Find an area"),
        new Layout.Crumb(Parts.areaHref(a.areaCode(), period), a.areaName())), h.toString());
  }

  private static void summary(Html h, CategoryRow c, boolean parentIsTotal) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("Count", Fmt.count(c.count()));
    rows.put("Rate per 1,000 residents", Fmt.rate(c.ratePer1000()));
    rows.put("Police force area rate", Fmt.rate(c.forceRate()));
    rows.put("Share of all crime", Fmt.pct(c.shareOfTotal()));
    if (c.parent() != null && !parentIsTotal) {
      rows.put("Share of " + c.parent(), Fmt.pct(c.shareOfParent()));
    }
    rows.put("Previous year", c.previousCount() == null ? "–" : Fmt.count(c.previousCount()));
    rows.put("Change on previous year", Fmt.signedPct(c.changePctVsPrevious()));
    rows.put("Is the change real?", significance(c));
    rows.put("Baseline year", c.baselineCount() == null ? "–" : Fmt.count(c.baselineCount()));
    rows.put("Change on baseline", Fmt.signedPct(c.changePctVsBaseline()));
    h.raw("<h2 class=\"govuk-heading-m\">Change and composition</h2><dl class=\"govuk-summary-list\">");
    for (var e : rows.entrySet()) {
      h.raw("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">").text(e.getKey());
      h.raw("</dt><dd class=\"govuk-summary-list__value\">").text(e.getValue()).raw("</dd></div>");
    }
    h.raw("</dl>");
  }

  /** A plain-English verdict on the change against the previous year, with the test behind it. */
  static String significance(CategoryRow c) {
    Significance s = c.vsPrevious();
    if (s == null) {
      return "no previous year to compare";
    }
    String numbers = String.format(Locale.UK, " (%s, p %s, rate ratio %.2f, 95%% CI %.2f to %.2f)",
        s.test(), Fmt.pValue(s.pValue()), s.rateRatio(), s.lower(), s.upper());
    if (c.small() || s.volatile_()) {
      return "small numbers: read with care" + numbers;
    }
    return (s.significant() ? "yes, beyond chance" : "not beyond chance") + numbers;
  }

  private static void series(Html h, Assessment a, CategoryRow c) {
    Map<String, Map<String, SeriesPoint>> byArea = new LinkedHashMap<>();
    TreeSet<String> periods = new TreeSet<>();
    for (SeriesPoint p : a.series()) {
      if (p.category().equals(c.category())) {
        byArea.computeIfAbsent(p.areaName(), k -> new LinkedHashMap<>()).put(p.period(), p);
        periods.add(p.period());
      }
    }
    if (periods.isEmpty()) {
      return;
    }
    boolean rates = byArea.values().stream().flatMap(m -> m.values().stream()).allMatch(p -> p.ratePer1000() != null);
    List<String> xs = new ArrayList<>(periods);
    List<Charts.Line> lines = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    for (var e : byArea.entrySet()) {
      List<Double> values = new ArrayList<>();
      for (String x : xs) {
        SeriesPoint p = e.getValue().get(x);
        values.add(p == null ? null : rates ? p.ratePer1000() : Double.valueOf(p.count()));
        if (p != null) {
          table.add(List.of(Html.escape(e.getKey()), Html.escape(x), Fmt.count(p.count()), Fmt.rate(p.ratePer1000())));
        }
      }
      lines.add(new Charts.Line(e.getKey(), values));
    }
    String unit = rates ? "per 1,000 residents" : "offences";
    String title = c.category() + " by year, " + unit;
    Html t = new Html();
    Layout.table(t, title, List.of("Area", "Period", "Count", "Rate per 1,000"), table, 2);
    h.raw("<h2 class=\"govuk-heading-m\">Over the years</h2>");
    Layout.chartTabs(h, "series", Charts.lines("series-chart", title, xs, lines, unit), t.toString());
  }

  private static void comparators(Html h, Assessment a, CategoryRow c) {
    List<List<String>> rows = new ArrayList<>();
    for (SeriesPoint p : a.series()) {
      if (p.category().equals(c.category()) && p.period().equals(a.period())) {
        rows.add(List.of(Html.escape(p.areaName()), Html.escape(Fmt.role(p.role())), Fmt.count(p.count()), Fmt.rate(p.ratePer1000())));
      }
    }
    if (!rows.isEmpty()) {
      h.raw("<h2 class=\"govuk-heading-m\">Against comparators</h2>");
      Layout.table(h, c.category() + ", " + a.periodReadable(), List.of("Area", "Compared as", "Count", "Rate per 1,000"), rows, 2);
    }
  }

  private static void monthly(Html h, Assessment a, CategoryRow c) {
    List<String> xs = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    for (SeriesPoint p : a.monthly()) {
      if (p.category().equals(c.category()) && p.role() == Role.SUBJECT) {
        xs.add(p.period());
        values.add((double) p.count());
        table.add(List.of(Html.escape(p.period()), Fmt.count(p.count())));
      }
    }
    if (xs.size() < 2) {
      return;
    }
    String title = c.category() + " by month, police.uk incidents";
    Html t = new Html();
    Layout.table(t, title, List.of("Month", "Incidents"), table, 1);
    h.raw("<h2 class=\"govuk-heading-m\">By month</h2>");
    Layout.chartTabs(h, "monthly", Charts.lines("monthly-chart", title, xs, List.of(new Charts.Line(a.areaName(), values)), "incidents"), t.toString());
  }
}
