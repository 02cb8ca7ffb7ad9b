package org.strata.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.store.AreaQuery.AreaLine;

/** The start page: find an area by name or code, or pick one from the list of areas with data. */
final class SearchPage {
  private SearchPage() {}

  static String render(@Nullable String query, List<AreaLine> found, List<AreaLine> all) {
    Html h = new Html();
    h.raw("<h1 class=\"govuk-heading-xl\">Find an area</h1>");
    h.raw(Parts.paragraph("Explore the strategic assessment of a Community Safety Partnership or district:"
        + " how it compares, what is changing, where, and download the report."));
    h.raw("<form method=\"get\" action=\"/\" role=\"search\"><div class=\"govuk-form-group\">");
    h.raw("<label class=\"govuk-label govuk-label--m\" for=\"q\">Area name or code</label>");
    h.raw("<div id=\"q-hint\" class=\"govuk-hint\">For example, Worcester or E07000237</div>");
    h.raw("<input class=\"govuk-input govuk-!-width-two-thirds\" id=\"q\" name=\"q\" type=\"search\" maxlength=\"100\"");
    h.raw(" aria-describedby=\"q-hint\" autocomplete=\"off\" spellcheck=\"false\" value=\"").text(query == null ? "" : query).raw("\">");
    h.raw("</div><button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Search</button></form>");
    if (query != null) {
      h.raw("<h2 class=\"govuk-heading-m\" id=\"results\">").text(found.size() == 1 ? "1 area found" : found.size() + " areas found").raw("</h2>");
      list(h, found, "Areas matching " + query);
    } else {
      List<AreaLine> local = all.stream().filter(a -> a.level().equals("csp") || a.level().equals("district")).toList();
      h.raw("<h2 class=\"govuk-heading-m\">Areas with data</h2>");
      list(h, local, "Partnerships and districts in this store");
    }
    return Layout.page("Find an area", "/", List.of(), h.toString());
  }

  private static void list(Html h, List<AreaLine> areas, String caption) {
    if (areas.isEmpty()) {
      h.raw(Parts.paragraph("No area matches. Check the spelling, or search by GSS code."));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (AreaLine a : areas) {
      rows.add(List.of(new Html().link("/areas/" + a.code(), a.name()).toString(), Html.escape(a.code()),
          Html.escape(Parts.levelName(a.level())), a.population() == null ? "–" : Fmt.count(a.population()),
          Html.escape(a.data() == null ? "" : a.data())));
    }
    Layout.table(h, caption, List.of("Area", "Code", "Level", "Population", "Data"), rows, 3);
  }
}
