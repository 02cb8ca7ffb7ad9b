package org.strata.report.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The batch's {@code index.html}: a GOV.UK-styled page, self-contained (GOV.UK Frontend's style
 * sheet inline, Arial instead of GDS Transport), listing every area with its all-crime rate, the
 * change on the previous year and its rank, sortable by any column, each name linking to the
 * area's report; failed areas are listed with their reason. With a force, the force summary
 * ({@link ForceSummary}) comes first.
 */
public final class IndexPage {
  private static final String GOVUK_CSS =
      "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";

  private IndexPage() {}

  /**
   * The page.
   *
   * @param title the heading, e.g. "Staffordshire: strategic assessments 2024-07..2025-06"
   * @param force the force summary to show first, or null for none
   * @param link the file each area's name links to, relative to its folder (e.g. assessment.html)
   */
  public static String html(String title, List<BatchArea> areas, @Nullable ForceSummary force, String link) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(esc(title)).append("</title><style>").append(css()).append(OWN_CSS).append("</style></head>")
        .append("<body class=\"govuk-template__body\"><header class=\"govuk-service-navigation\"><div")
        .append(" class=\"govuk-width-container\"><span class=\"govuk-service-navigation__service-name\">")
        .append("Strata</span></div></header><div class=\"govuk-width-container\"><main")
        .append(" class=\"govuk-main-wrapper\" id=\"main-content\"><h1 class=\"govuk-heading-l\">")
        .append(esc(title)).append("</h1>");
    Ranking ranking = Ranking.of(areas);
    long failed = areas.stream().filter(a -> !a.ok()).count();
    h.append("<p class=\"govuk-body\">").append(areas.size()).append(" areas, ")
        .append(areas.size() - failed).append(" assessed").append(failed > 0 ? ", " + failed + " failed" : "")
        .append(". Rates are all recorded crime per 1,000 residents; rank 1 is the highest rate.")
        .append(" Every area's numbers are in <a class=\"govuk-link\" href=\"summary.csv\">summary.csv</a>")
        .append(" and <a class=\"govuk-link\" href=\"summary.xlsx\">summary.xlsx</a>.</p>");
    if (force != null) {
      force.appendTo(h);
    }
    table(h, ranking, link);
    h.append("</main></div><script>").append(SORT_JS).append("</script></body></html>\n");
    return h.toString();
  }

  private static void table(StringBuilder h, Ranking ranking, String link) {
    h.append("<table class=\"govuk-table strata-sortable\" id=\"areas\"><caption class=\"govuk-table__caption")
        .append(" govuk-table__caption--m\">Every area</caption><thead class=\"govuk-table__head\"><tr")
        .append(" class=\"govuk-table__row\">");
    String[] heads = {"Area", "Code", "Rate per 1,000", "Force rate", "Change on previous year", "Rank", "Top priorities"};
    for (int i = 0; i < heads.length; i++) {
      boolean num = i >= 2 && i <= 5;
      h.append("<th scope=\"col\" aria-sort=\"none\" class=\"govuk-table__header")
          .append(num ? " govuk-table__header--numeric" : "").append("\"><button type=\"button\" data-col=\"")
          .append(i).append("\" data-num=\"").append(num).append("\">").append(heads[i]).append("</button></th>");
    }
    h.append("</tr></thead><tbody class=\"govuk-table__body\">");
    for (BatchArea a : ranking.areas()) {
      row(h, a, ranking, link);
    }
    h.append("</tbody></table>");
  }

  private static void row(StringBuilder h, BatchArea a, Ranking ranking, String link) {
    h.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\" data-sort=\"")
        .append(esc(a.name())).append("\">");
    if (a.ok()) {
      h.append("<a class=\"govuk-link\" href=\"").append(esc(a.code())).append('/').append(link).append("\">")
          .append(esc(a.name())).append("</a>");
    } else {
      h.append(esc(a.name()));
    }
    h.append("</th><td class=\"govuk-table__cell\" data-sort=\"").append(esc(a.code())).append("\">")
        .append(esc(a.code())).append("</td>");
    if (!a.ok()) {
      h.append("<td class=\"govuk-table__cell strata-failed\" colspan=\"5\" data-sort=\"\"><strong")
          .append(" class=\"govuk-tag govuk-tag--red\">Failed</strong> ").append(esc(a.failure())).append("</td></tr>");
      return;
    }
    number(h, a.rate(), "%.1f", "");
    number(h, a.forceRate(), "%.1f", "");
    number(h, a.change(), "%+.1f", "%");
    var rank = ranking.rank(a);
    number(h, rank.isPresent() ? OptionalDouble.of(rank.getAsInt()) : OptionalDouble.empty(), "%.0f",
        rank.isPresent() ? " of " + ranking.rankedLike(a) : "");
    h.append("<td class=\"govuk-table__cell\" data-sort=\"\">").append(esc(String.join("; ", a.topPriorities(3))))
        .append("</td></tr>");
  }

  private static void number(StringBuilder h, OptionalDouble v, String format, String suffix) {
    h.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-sort=\"");
    if (v.isPresent()) {
      h.append(v.getAsDouble()).append("\">").append(String.format(Locale.ROOT, format, v.getAsDouble()))
          .append(esc(suffix)).append("</td>");
    } else {
      h.append("\">–</td>");
    }
  }

  static String esc(@Nullable String s) {
    return s == null ? "" : Entities.escape(s);
  }

  private static String css() {
    try (InputStream in = IndexPage.class.getClassLoader().getResourceAsStream(GOVUK_CSS)) {
      if (in == null) {
        return "";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String OWN_CSS =
      "html,body,.govuk-template,.govuk-body,.govuk-heading-l,.govuk-heading-m,.govuk-heading-s,.govuk-table,"
          + ".govuk-table__caption,.govuk-service-navigation,.govuk-tag{font-family:arial,sans-serif}"
          + ".govuk-service-navigation__service-name{display:block;padding:15px 0;font-weight:700}"
          + ".strata-sortable th button{font:inherit;font-weight:700;background:none;border:0;padding:0;"
          + "color:#1d70b8;cursor:pointer;text-align:inherit}"
          + ".strata-sortable th[aria-sort=ascending] button::after{content:' \\25B2'}"
          + ".strata-sortable th[aria-sort=descending] button::after{content:' \\25BC'}"
          + ".strata-multiples{display:flex;flex-wrap:wrap;gap:20px;margin-bottom:30px}"
          + ".strata-multiple{width:300px}.strata-multiple h3{margin-bottom:5px}"
          + ".strata-chart__label{font:14px arial,sans-serif;fill:#0b0c0c}.govuk-table__cell--numeric{white-space:nowrap}";

  private static final String SORT_JS =
      "document.querySelectorAll('table.strata-sortable').forEach(function(t){"
          + "t.querySelectorAll('th button').forEach(function(b){b.addEventListener('click',function(){"
          + "var th=b.parentNode,col=+b.dataset.col,num=b.dataset.num==='true',"
          + "dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';"
          + "t.querySelectorAll('thead th').forEach(function(o){o.setAttribute('aria-sort','none')});"
          + "th.setAttribute('aria-sort',dir);var body=t.tBodies[0],rows=Array.from(body.rows);"
          + "rows.sort(function(x,y){var a=x.cells[col]?x.cells[col].dataset.sort:'',"
          + "c=y.cells[col]?y.cells[col].dataset.sort:'',r;"
          + "if(num){a=a===''?-Infinity:+a;c=c===''?-Infinity:+c;r=a-c}else{r=a.localeCompare(c)}"
          + "return dir==='ascending'?r:-r});rows.forEach(function(r){body.appendChild(r)})})})});";
}
