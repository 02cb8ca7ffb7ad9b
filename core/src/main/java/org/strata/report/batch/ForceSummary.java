package org.strata.report.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.strata.analysis.Metric;

/**
 * A police force area's CSPs side by side: each CSP's all-crime rate against the force's, the
 * change on the previous year, its top three priorities, and small multiples of the main offence
 * groups' rates with the force's rate marked. Used by the batch index and the dashboard's force
 * page.
 *
 * @param forceCode the force's GSS code (E23…)
 * @param forceName the force's name
 * @param areas the force's CSPs that have a report
 */
public record ForceSummary(String forceCode, String forceName, List<BatchArea> areas) {
  private static final int GROUPS = 6;

  /** Keeps only areas with a report. */
  public ForceSummary {
    areas = areas.stream().filter(BatchArea::ok).toList();
  }

  /** Appends the summary's HTML (a heading, a table and the small multiples). */
  public void appendTo(StringBuilder h) {
    OptionalDouble force = areas.stream().map(BatchArea::forceRate).filter(OptionalDouble::isPresent).findFirst()
        .orElse(OptionalDouble.empty());
    h.append("<h2 class=\"govuk-heading-m\">").append(IndexPage.esc(forceName))
        .append(areas.size() == 1 ? "'s one CSP with data" : "'s " + areas.size() + " CSPs side by side").append("</h2>");
    force.ifPresent(f -> h.append("<p class=\"govuk-body\">").append(IndexPage.esc(forceName))
        .append(" as a whole: ").append(String.format(Locale.ROOT, "%.1f", f))
        .append(" recorded crimes per 1,000 residents.</p>"));
    h.append("<table class=\"govuk-table strata-sortable\" id=\"force\"><caption class=\"govuk-table__caption")
        .append(" govuk-table__caption--s\">All recorded crime against the force rate</caption><thead")
        .append(" class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    String[] heads = {"CSP", "Rate per 1,000", "Against the force", "Change on previous year", "Top priorities"};
    for (int i = 0; i < heads.length; i++) {
      boolean num = i >= 1 && i <= 3;
      h.append("<th scope=\"col\" aria-sort=\"none\" class=\"govuk-table__header")
          .append(num ? " govuk-table__header--numeric" : "").append("\"><button type=\"button\" data-col=\"")
          .append(i).append("\" data-num=\"").append(num).append("\">").append(heads[i]).append("</button></th>");
    }
    h.append("</tr></thead><tbody class=\"govuk-table__body\">");
    for (BatchArea a : areas) {
      row(h, a);
    }
    h.append("</tbody></table>");
    multiples(h);
  }

  private static void row(StringBuilder h, BatchArea a) {
    h.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\" data-sort=\"")
        .append(IndexPage.esc(a.name())).append("\">").append(IndexPage.esc(a.name())).append("</th>");
    cell(h, a.rate(), String.format(Locale.ROOT, "%.1f", a.rate().orElse(Double.NaN)));
    OptionalDouble ratio = a.rate().isPresent() && a.forceRate().isPresent() && a.forceRate().getAsDouble() > 0
        ? OptionalDouble.of(a.rate().getAsDouble() / a.forceRate().getAsDouble()) : OptionalDouble.empty();
    cell(h, ratio, ratio.isPresent() ? against(ratio.getAsDouble()) : "");
    cell(h, a.change(), String.format(Locale.ROOT, "%+.1f%%", a.change().orElse(Double.NaN)));
    h.append("<td class=\"govuk-table__cell\" data-sort=\"\">")
        .append(IndexPage.esc(String.join("; ", a.topPriorities(3)))).append("</td></tr>");
  }

  /** "12% higher", "3% lower" or "the same" for a ratio of the area's rate to the force's. */
  static String against(double ratio) {
    long pct = Math.round((ratio - 1) * 100);
    return pct == 0 ? "the same" : Math.abs(pct) + "% " + (pct > 0 ? "higher" : "lower");
  }

  private static void cell(StringBuilder h, OptionalDouble v, String text) {
    h.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-sort=\"")
        .append(v.isPresent() ? String.valueOf(v.getAsDouble()) : "").append("\">")
        .append(v.isPresent() ? IndexPage.esc(text) : "–").append("</td>");
  }

  /**
   * The main offence groups (categories whose share of their parent is their share of the total:
   * the total is their parent), the force's largest first, at most six; the same for every CSP so
   * the multiples compare.
   */
  List<String> groups() {
    if (areas.isEmpty()) {
      return List.of();
    }
    BatchArea first = areas.get(0);
    Set<String> children = new LinkedHashSet<>();
    List<String> rated = new ArrayList<>();
    for (Metric m : first.metrics()) {
      if (!m.period().equals(first.period())) {
        continue;
      }
      if (m.measure().equals("share_of_parent") && m.areaCode().equals(first.code())
          && Math.abs(m.value() - first.value(first.code(), m.category(), "share_of_total").orElse(-1)) > 1e-9) {
        children.add(m.category());
      } else if (m.measure().equals("rate_per_1000") && m.areaCode().equals(first.code())
          && m.taxonomy().equals(first.taxonomy()) && !m.category().equals(first.totalCategory())) {
        rated.add(m.category());
      }
    }
    return rated.stream().filter(c -> !children.contains(c) && first.forceRate(c).isPresent())
        .sorted(Comparator.comparingDouble((String c) -> first.forceRate(c).getAsDouble()).reversed())
        .limit(GROUPS).toList();
  }

  private void multiples(StringBuilder h) {
    List<String> groups = groups();
    if (groups.isEmpty()) {
      return;
    }
    double max = 0;
    for (BatchArea a : areas) {
      for (String g : groups) {
        max = Math.max(max, a.value(a.code(), g, "rate_per_1000").orElse(0));
        max = Math.max(max, a.forceRate(g).orElse(0));
      }
    }
    h.append("<h2 class=\"govuk-heading-m\">Main offence groups, rate per 1,000</h2><p class=\"govuk-body\">")
        .append("Bars are the CSP's rate; the black mark is ").append(IndexPage.esc(forceName))
        .append("'s. Every chart has the same scale.</p><div class=\"strata-multiples\">");
    for (BatchArea a : areas) {
      h.append("<div class=\"strata-multiple\"><h3 class=\"govuk-heading-s\">").append(IndexPage.esc(a.name()))
          .append("</h3>").append(SmallMultiple.svg(a, groups, max)).append("</div>");
    }
    h.append("</div>");
  }
}
