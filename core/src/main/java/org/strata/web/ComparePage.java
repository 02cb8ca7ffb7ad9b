package org.strata.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.input.Role;
import org.strata.store.AreaQuery.AreaLine;

/** Areas side by side: the all-crime rate as a chart, and every category's rate and count. */
final class ComparePage {
  /** Choosers on the form. */
  static final int MAX_AREAS = 4;
  /** Areas compared at once: every CSP of the largest force (Metropolitan Police: 32 boroughs). */
  static final int MAX_COMPARED = 40;
  private static final String[] ORDINALS = {"First", "Second", "Third", "Fourth"};

  private ComparePage() {}

  static String render(List<AreaLine> options, List<AreaLine> forces, String force, List<String> selected,
      List<Assessment> assessments) {
    Html h = new Html();
    h.raw("<h1 class=\"govuk-heading-l\">Compare areas</h1>");
    h.raw(Parts.paragraph("Choose up to four areas, or every CSP of a police force area. Each is shown for its"
        + " latest twelve months with data."));
    form(h, options, selected);
    forceForm(h, forces, force);
    if (!assessments.isEmpty()) {
      chart(h, assessments);
      table(h, assessments);
    }
    return Layout.page("Compare areas", "/compare", List.of(), h.toString());
  }

  private static void form(Html h, List<AreaLine> options, List<String> selected) {
    h.raw("<form method=\"get\" action=\"/compare\"><div class=\"strata-compare-form\">");
    for (int i = 0; i < MAX_AREAS; i++) {
      String current = i < selected.size() ? selected.get(i) : "";
      h.raw("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"area-").raw(String.valueOf(i + 1)).raw("\">");
      h.text(ORDINALS[i] + " area").raw("</label><select class=\"govuk-select\" id=\"area-").raw(String.valueOf(i + 1));
      h.raw("\" name=\"area\"><option value=\"\">None</option>");
      for (AreaLine a : options) {
        h.raw("<option value=\"").text(a.code()).raw("\"").raw(a.code().equals(current) ? " selected" : "").raw(">");
        h.text(a.name() + " (" + a.code() + ")").raw("</option>");
      }
      h.raw("</select></div>");
    }
    h.raw("</div><button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Compare</button></form>");
  }

  private static void forceForm(Html h, List<AreaLine> forces, String chosen) {
    h.raw("<form method=\"get\" action=\"/compare\"><div class=\"govuk-form-group\"><label class=\"govuk-label\"");
    h.raw(" for=\"force\">Every CSP of a police force area</label><select class=\"govuk-select\" id=\"force\"");
    h.raw(" name=\"force\">");
    for (AreaLine f : forces) {
      h.raw("<option value=\"").text(f.code()).raw("\"").raw(f.code().equalsIgnoreCase(chosen) ? " selected" : "")
          .raw(">").text(f.name()).raw("</option>");
    }
    h.raw("</select></div><button type=\"submit\" class=\"govuk-button govuk-button--secondary\"");
    h.raw(" data-module=\"govuk-button\">Compare the force's CSPs</button></form>");
  }

  private static void chart(Html h, List<Assessment> as) {
    List<Charts.Bar> bars = new ArrayList<>();
    for (Assessment a : as) {
      a.headline().stream()
          .filter(r -> r.role() == Role.SUBJECT && r.category().equals(a.totalCategory()) && r.ratePer1000() != null)
          .findFirst()
          .ifPresent(r -> bars.add(new Charts.Bar(a.areaName(), r.ratePer1000(), true)));
    }
    if (!bars.isEmpty()) {
      h.raw("<h2 class=\"govuk-heading-m\">All crime per 1,000 residents</h2>");
      h.raw(Charts.bars("compare-chart", "All crime per 1,000 residents, latest twelve months of each area", bars, "per 1,000 residents"));
    }
  }

  private static void table(Html h, List<Assessment> as) {
    Set<String> categories = new LinkedHashSet<>();
    for (Assessment a : as) {
      a.categories().forEach(c -> categories.add(c.category()));
    }
    List<String> headers = new ArrayList<>();
    headers.add("Category");
    for (Assessment a : as) {
      headers.add(a.areaName() + ", " + a.periodReadable() + " (rate per 1,000; count)");
    }
    List<List<String>> rows = new ArrayList<>();
    for (String cat : categories) {
      List<String> row = new ArrayList<>();
      row.add(Html.escape(cat));
      for (Assessment a : as) {
        CategoryRow c = a.categories().stream().filter(x -> x.category().equals(cat)).findFirst().orElse(null);
        row.add(c == null ? "–" : Fmt.rate(c.ratePer1000()) + "; " + Fmt.count(c.count()));
      }
      rows.add(row);
    }
    h.raw("<h2 class=\"govuk-heading-m\">By category</h2><div class=\"strata-scroll\">");
    Layout.table(h, "Rates per 1,000 residents and counts", headers, rows, 1);
    h.raw("</div>");
  }
}
