package org.strata.web;

import java.util.List;
import org.strata.analysis.Assessment;
import org.strata.reference.Period;

/** Pieces several pages share: the heading of an area, the period picker, warnings. */
final class Parts {
  private Parts() {}

  static void heading(Html h, Assessment a, String what) {
    h.raw("<span class=\"govuk-caption-l\">").text(levelName(a.areaLevel().key()) + " " + a.areaCode()).raw("</span>");
    h.raw("<h1 class=\"govuk-heading-l\">").text(what.isEmpty() ? a.areaName() : a.areaName() + ": " + what).raw("</h1>");
    h.raw("<p class=\"govuk-body-l\">").text(a.periodReadable()).raw("</p>");
    if (a.synthetic()) {
      h.raw("<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>");
      h.raw("<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>");
      h.raw("Synthetic demonstration data: these figures describe no real place.</strong></div>");
    }
  }

  static void periodForm(Html h, String action, List<Period> choices, Period current, List<String[]> hidden) {
    if (choices.isEmpty()) {
      return;
    }
    h.raw("<form method=\"get\" action=\"").text(action).raw("\" class=\"strata-period-form\">");
    for (String[] kv : hidden) {
      h.raw("<input type=\"hidden\" name=\"").text(kv[0]).raw("\" value=\"").text(kv[1]).raw("\">");
    }
    h.raw("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"period\">Period</label>");
    h.raw("<select class=\"govuk-select\" id=\"period\" name=\"period\">");
    boolean listed = choices.contains(current);
    if (!listed) {
      option(h, current, true);
    }
    for (Period p : choices) {
      option(h, p, p.equals(current));
    }
    h.raw("</select></div><button type=\"submit\" class=\"govuk-button govuk-button--secondary\"");
    h.raw(" data-module=\"govuk-button\">Show period</button></form>");
  }

  private static void option(Html h, Period p, boolean selected) {
    h.raw("<option value=\"").text(p.label()).raw("\"").raw(selected ? " selected" : "").raw(">");
    h.text(p.readable()).raw("</option>");
  }

  static String levelName(String level) {
    return switch (level) {
      case "csp" -> "Community Safety Partnership";
      case "district" -> "District";
      case "county" -> "County";
      case "police_force_area" -> "Police force area";
      case "region" -> "Region";
      case "country" -> "Country";
      case "england_and_wales" -> "England and Wales";
      default -> level;
    };
  }

  static String areaHref(String code, Period p) {
    return "/areas/" + code + "?period=" + Fmt.q(p.label());
  }

  static String paragraph(String text) {
    return "<p class=\"govuk-body\">" + Html.escape(text) + "</p>";
  }
}
