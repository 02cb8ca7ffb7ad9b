package org.strata.web;

import java.util.List;

/** The page shell every dashboard page shares: GOV.UK Frontend head, service navigation, footer. */
final class Layout {
  /** A navigation item: where it goes and its label. */
  record Crumb(String href, String label) {}

  private static final List<Crumb> NAV =
      List.of(new Crumb("/", "Find an area"), new Crumb("/compare", "Compare areas"),
          new Crumb("/forces", "Police force areas"),
          new Crumb("/data", "Data and sources"));

  private Layout() {}

  /**
   * Wraps a page body.
   *
   * @param title the page title (data, escaped)
   * @param active the navigation address to mark as current, or empty
   * @param crumbs breadcrumbs above the heading (may be empty)
   * @param body the page's main content, already escaped
   */
  static String page(String title, String active, List<Crumb> crumbs, String body) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\">");
    h.raw("<title>").text(title).raw(" – Strata</title>");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.raw("<link rel=\"icon\" href=\"/assets/images/favicon.svg\" type=\"image/svg+xml\">");
    h.raw("<link rel=\"stylesheet\" href=\"/assets/govuk-frontend.min.css\">");
    h.raw("<link rel=\"stylesheet\" href=\"/assets/strata.css\"></head>");
    h.raw("<body class=\"govuk-template__body\">");
    h.raw("<a href=\"#main-content\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">Skip to main content</a>");
    navigation(h, active);
    h.raw("<div class=\"govuk-width-container\">");
    breadcrumbs(h, crumbs);
    h.raw("<main class=\"govuk-main-wrapper\" id=\"main-content\">").raw(body).raw("</main></div>");
    h.raw("<footer class=\"govuk-footer\"><div class=\"govuk-width-container\"><div class=\"govuk-footer__meta\">");
    h.raw("<div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\"><p class=\"govuk-body-s\">");
    h.raw("Strata: strategic assessments for Community Safety Partnerships. Read-only view of a local store;");
    h.raw(" figures from police.uk and ONS data as loaded.</p></div></div></div></footer>");
    h.raw("<script type=\"module\" src=\"/assets/strata.js\"></script></body></html>");
    return h.toString();
  }

  private static void navigation(Html h, String active) {
    h.raw("<section aria-label=\"Service information\" class=\"govuk-service-navigation\"");
    h.raw(" data-module=\"govuk-service-navigation\"><div class=\"govuk-width-container\">");
    h.raw("<div class=\"govuk-service-navigation__container\"><span class=\"govuk-service-navigation__service-name\">");
    h.raw("<a href=\"/\" class=\"govuk-service-navigation__link\">Strata</a></span>");
    h.raw("<nav aria-label=\"Menu\" class=\"govuk-service-navigation__wrapper\">");
    h.raw("<ul class=\"govuk-service-navigation__list\" id=\"navigation\">");
    for (Crumb c : NAV) {
      boolean on = c.href().equals(active);
      h.raw("<li class=\"govuk-service-navigation__item").raw(on ? " govuk-service-navigation__item--active" : "");
      h.raw("\"><a class=\"govuk-service-navigation__link\" href=\"").text(c.href()).raw("\"");
      h.raw(on ? " aria-current=\"page\"" : "").raw(">").text(c.label()).raw("</a></li>");
    }
    h.raw("</ul></nav></div></div></section>");
  }

  private static void breadcrumbs(Html h, List<Crumb> crumbs) {
    if (crumbs.isEmpty()) {
      return;
    }
    h.raw("<nav class=\"govuk-breadcrumbs\" aria-label=\"Breadcrumb\"><ol class=\"govuk-breadcrumbs__list\">");
    for (Crumb c : crumbs) {
      h.raw("<li class=\"govuk-breadcrumbs__list-item\">");
      h.raw("<a class=\"govuk-breadcrumbs__link\" href=\"").text(c.href()).raw("\">").text(c.label()).raw("</a></li>");
    }
    h.raw("</ol></nav>");
  }

  /** A GOV.UK table: caption, header cells and rows of already-escaped cells. */
  static void table(Html h, String caption, List<String> headers, List<List<String>> rows, int numericFrom) {
    h.raw("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">");
    h.text(caption).raw("</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (int i = 0; i < headers.size(); i++) {
      h.raw("<th scope=\"col\" class=\"govuk-table__header").raw(i >= numericFrom ? " govuk-table__header--numeric" : "");
      h.raw("\">").text(headers.get(i)).raw("</th>");
    }
    h.raw("</tr></thead><tbody class=\"govuk-table__body\">");
    for (List<String> row : rows) {
      h.raw("<tr class=\"govuk-table__row\">");
      for (int i = 0; i < row.size(); i++) {
        String tag = i == 0 ? "th scope=\"row\"" : "td";
        h.raw("<").raw(tag).raw(" class=\"govuk-table__").raw(i == 0 ? "header" : "cell");
        h.raw(i >= numericFrom ? " govuk-table__cell--numeric" : "").raw("\">").raw(row.get(i));
        h.raw(i == 0 ? "</th>" : "</td>");
      }
      h.raw("</tr>");
    }
    h.raw("</tbody></table>");
  }

  /** A chart and its table as GOV.UK tabs, so every chart has a table view. */
  static void chartTabs(Html h, String id, String chartSvg, String tableHtml) {
    h.raw("<div class=\"govuk-tabs\" data-module=\"govuk-tabs\"><h3 class=\"govuk-tabs__title\">Views</h3>");
    h.raw("<ul class=\"govuk-tabs__list\"><li class=\"govuk-tabs__list-item govuk-tabs__list-item--selected\">");
    h.raw("<a class=\"govuk-tabs__tab\" href=\"#").raw(id).raw("-chart\">Chart</a></li>");
    h.raw("<li class=\"govuk-tabs__list-item\"><a class=\"govuk-tabs__tab\" href=\"#").raw(id).raw("-table\">Table</a></li></ul>");
    h.raw("<div class=\"govuk-tabs__panel\" id=\"").raw(id).raw("-chart\">").raw(chartSvg).raw("</div>");
    h.raw("<div class=\"govuk-tabs__panel govuk-tabs__panel--hidden\" id=\"").raw(id).raw("-table\">");
    h.raw(tableHtml).raw("</div></div>");
  }
}
