package org.strata.web;

import java.util.ArrayList;
import java.util.List;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.PriorityRow;
import org.strata.analysis.RateRow;
import org.strata.analysis.input.Role;
import org.strata.reference.Period;
import org.strata.report.Narrative;

/** The overview of one area: key messages, headline rate against comparators, categories, downloads. */
final class AreaPage {
  private AreaPage() {}

  static String render(Assessment a, Period period, List<Period> choices, List<Downloads.Choice> downloads) {
    Html h = new Html();
    Parts.heading(h, a, "");
    Parts.periodForm(h, "/areas/" + a.areaCode(), choices, period, List.of());
    keyMessages(h, a);
    h.raw("<h2 class=\"govuk-heading-m\">How the area compares</h2>");
    List<RateRow> rows = a.headline().stream()
        .filter(r -> r.category().equals(a.totalCategory()) && r.ratePer1000() != null).toList();
    if (rows.isEmpty()) {
      h.raw(Parts.paragraph("No population estimate is loaded for this area, so no rates can be compared."));
    } else {
      headline(h, a, rows);
    }
    categories(h, a, period);
    priorities(h, a);
    h.raw("<h2 class=\"govuk-heading-m\">Explore</h2><ul class=\"govuk-list\">");
    h.raw("<li>").link("/areas/" + a.areaCode() + "/map?period=" + Fmt.q(period.label()), "Map of neighbourhoods").raw("</li>");
    h.raw("<li>").link("/compare?area=" + Fmt.q(a.areaCode()), "Compare with other areas").raw("</li>");
    h.raw("<li>").link("/api/areas/" + a.areaCode() + "/assessment?period=" + Fmt.q(period.label()), "The assessment as JSON").raw("</li>");
    h.raw("</ul>");
    downloads(h, a, period, downloads);
    return Layout.page(a.areaName(), "", List.of(new Layout.Crumb("/", "Find an area")), h.toString());
  }

  private static void keyMessages(Html h, Assessment a) {
    List<String> messages = new Narrative(a).keyFindings();
    if (messages.isEmpty() && a.caveats().isEmpty()) {
      return;
    }
    h.raw("<h2 class=\"govuk-heading-m\">Key findings</h2><ul class=\"govuk-list govuk-list--bullet\">");
    for (String m : messages) {
      h.raw("<li>").text(m).raw("</li>");
    }
    h.raw("</ul>");
    for (String c : a.caveats()) {
      h.raw("<div class=\"govuk-inset-text\">").text(c).raw("</div>");
    }
  }

  private static void headline(Html h, Assessment a, List<RateRow> rows) {
    List<Charts.Bar> bars = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    for (RateRow r : rows) {
      bars.add(new Charts.Bar(r.areaName(), r.ratePer1000(), r.role() == Role.SUBJECT));
      table.add(List.of(Html.escape(r.areaName()), Html.escape(Fmt.role(r.role())), Fmt.count(r.count()),
          r.population() == null ? "–" : Fmt.count(r.population()), Fmt.rate(r.ratePer1000())));
    }
    String title = a.totalCategory() + " per 1,000 residents, " + a.periodReadable();
    Html t = new Html();
    Layout.table(t, title, List.of("Area", "Compared as", "Count", "Population", "Rate per 1,000"), table, 2);
    Layout.chartTabs(h, "headline", Charts.bars("headline-chart", title, bars, "per 1,000 residents"), t.toString());
  }

  private static void categories(Html h, Assessment a, Period period) {
    h.raw("<h2 class=\"govuk-heading-m\">Offence categories</h2>");
    List<List<String>> rows = new ArrayList<>();
    for (CategoryRow c : a.categories()) {
      Html name = new Html().link("/areas/" + a.areaCode() + "/category?name=" + Fmt.q(c.category())
          + "&period=" + Fmt.q(period.label()), c.category());
      rows.add(List.of(name.toString(), Fmt.count(c.count()), Fmt.rate(c.ratePer1000()), Fmt.pct(c.shareOfTotal()),
          Fmt.signedPct(c.changePctVsPrevious()), Fmt.rate(c.forceRate()), Html.escape(CategoryPage.significance(c))));
    }
    Layout.table(h, "Counts, rates per 1,000 residents and change on the previous year", List.of("Category", "Count",
        "Rate", "Share of all", "Change", "Force rate", "Is the change real?"), rows, 1);
  }

  private static void priorities(Html h, Assessment a) {
    if (a.priorities().isEmpty()) {
      return;
    }
    h.raw("<h2 class=\"govuk-heading-m\">Priorities</h2>");
    List<List<String>> rows = new ArrayList<>();
    for (PriorityRow p : a.priorities().subList(0, Math.min(5, a.priorities().size()))) {
      StringBuilder why = new StringBuilder();
      for (var s : p.scores()) {
        why.append(s.criterion()).append(": ").append(s.reason()).append("; ");
      }
      rows.add(List.of(String.valueOf(p.rank()), Html.escape(p.category()), Fmt.rate(p.score()), Html.escape(why.toString().strip())));
    }
    Layout.table(h, "Top five by the priority matrix", List.of("Rank", "Category", "Score", "Why"), rows, 2);
  }

  private static void downloads(Html h, Assessment a, Period period, List<Downloads.Choice> choices) {
    h.raw("<h2 class=\"govuk-heading-m\">Download the report</h2><div class=\"govuk-button-group\">");
    for (Downloads.Choice c : choices) {
      h.raw("<a class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\" role=\"button\" draggable=\"false\" href=\"");
      h.text("/areas/" + a.areaCode() + "/download/" + c.key() + "?period=" + Fmt.q(period.label())).raw("\" download>");
      h.text(c.label()).raw("</a>");
    }
    h.raw("</div>");
  }
}
