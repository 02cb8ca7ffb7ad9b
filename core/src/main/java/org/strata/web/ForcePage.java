package org.strata.web;

import java.util.List;
import org.strata.report.batch.BatchArea;
import org.strata.report.batch.ForceSummary;
import org.strata.store.AreaQuery.AreaLine;

/**
 * A police force area's overview, like the batch index's force summary: its CSPs side by side
 * (rate against the force, change, top priorities, small multiples), each linking to its page,
 * and a link to compare them all category by category.
 */
final class ForcePage {
  private ForcePage() {}

  static String render(AreaLine force, List<BatchArea> csps, String period) {
    Html h = new Html();
    h.raw("<span class=\"govuk-caption-l\">Police force area</span><h1 class=\"govuk-heading-l\">").text(force.name())
        .raw("</h1>");
    h.raw(Parts.paragraph("Each CSP for its latest twelve months with data (" + period + " for most). Rates are all"
        + " recorded crime per 1,000 residents."));
    StringBuilder s = new StringBuilder();
    new ForceSummary(force.code(), force.name(), csps).appendTo(s);
    h.raw(s.toString());
    h.raw("<h2 class=\"govuk-heading-m\">Each CSP</h2><ul class=\"govuk-list\">");
    for (BatchArea a : csps) {
      h.raw("<li>").link("/areas/" + a.code(), a.name()).raw(a.ok() ? "" : " (no assessment: " + Html.escape(a.failure()) + ")")
          .raw("</li>");
    }
    h.raw("</ul><p class=\"govuk-body\">").link("/compare?force=" + force.code(), "Compare every CSP of " + force.name()
        + " category by category").raw("</p>");
    return Layout.page(force.name(), "/forces", List.of(new Layout.Crumb("/forces", "Police force areas")), h.toString());
  }

  static String list(List<AreaLine> forces) {
    Html h = new Html();
    h.raw("<h1 class=\"govuk-heading-l\">Police force areas</h1>");
    h.raw(Parts.paragraph("Each force's CSPs side by side."));
    h.raw("<ul class=\"govuk-list\">");
    for (AreaLine f : forces) {
      h.raw("<li>").link("/forces/" + f.code(), f.name()).raw("</li>");
    }
    h.raw("</ul>");
    return Layout.page("Police force areas", "/forces", List.of(), h.toString());
  }
}
