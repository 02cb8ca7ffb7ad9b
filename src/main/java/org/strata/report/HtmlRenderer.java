package org.strata.report;

import java.util.List;
import org.jsoup.nodes.Entities;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.Finding;
import org.strata.analysis.PlaceRow;
import org.strata.analysis.PriorityRow;
import org.strata.analysis.RateRow;
import org.strata.store.SourceFileInfo;

/** Writes {@code assessment.html}: a self-contained, printable document. */
public final class HtmlRenderer {
  private HtmlRenderer() {}

  /** The whole document as a string. */
  public static String render(Assessment a) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(esc(title(a))).append("</title><style>").append(CSS).append("</style></head><body>\n");
    if (a.synthetic()) {
      h.append("<p class=\"synthetic\">SYNTHETIC DATA — generated for demonstration; no number here describes a real place.</p>\n");
    }
    h.append("<h1>").append(esc(title(a))).append("</h1>\n");
    h.append("<p class=\"lede\">Strategic Assessment, ").append(esc(a.periodReadable())).append("</p>\n");
    h.append("<h2>Executive summary</h2>\n<ul>");
    for (String s : Narrative.keyMessages(a)) {
      h.append("<li>").append(esc(s)).append("</li>");
    }
    h.append("</ul>\n");
    headline(h, a);
    categories(h, a);
    trends(h, a);
    places(h, a);
    priorities(h, a);
    caveats(h, a);
    sources(h, a);
    h.append("</body></html>\n");
    return h.toString();
  }

  static String title(Assessment a) {
    return a.areaName() + " Community Safety Partnership";
  }

  private static void headline(StringBuilder h, Assessment a) {
    h.append("<h2>Overall crime</h2>\n");
    if (a.population() != null) {
      h.append("<p>Rates per 1,000 residents use the ").append(esc(a.population().note()))
          .append(": ").append(Numbers.count(a.population().persons())).append(" residents.</p>\n");
    }
    h.append("<table><caption>Recorded crime per 1,000 residents, ").append(esc(a.period()))
        .append("</caption><thead><tr><th scope=\"col\">Area</th><th scope=\"col\">Source</th><th scope=\"col\">Offences</th>")
        .append("<th scope=\"col\">Population</th><th scope=\"col\">Rate per 1,000</th><th scope=\"col\">Note</th></tr></thead><tbody>");
    for (RateRow r : a.headline()) {
      h.append("<tr><th scope=\"row\">").append(esc(r.areaName())).append("</th><td>").append(esc(r.taxonomy()))
          .append("</td><td class=\"n\">").append(Numbers.count(r.count())).append("</td><td class=\"n\">")
          .append(r.population() == null ? "–" : Numbers.count(r.population())).append("</td><td class=\"n\">")
          .append(Numbers.rate(r.ratePer1000())).append("</td><td>")
          .append(esc(r.computed() ? "computed: " + r.note() : "published")).append("</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static void categories(StringBuilder h, Assessment a) {
    h.append("<h2>Offences</h2>\n<table><caption>Offences by category, ").append(esc(a.period()))
        .append(" (change against ").append(esc(a.previousPeriod())).append(")</caption><thead><tr>")
        .append("<th scope=\"col\">Category</th><th scope=\"col\">Count</th><th scope=\"col\">Rate per 1,000</th>")
        .append("<th scope=\"col\">Share of all</th><th scope=\"col\">Share of group</th><th scope=\"col\">Change</th>")
        .append("<th scope=\"col\">Significance</th><th scope=\"col\">Force rate</th></tr></thead><tbody>");
    for (CategoryRow c : a.categories()) {
      String cls = c.level().equals("subgroup") || c.level().equals("detail") ? " class=\"sub\"" : "";
      h.append("<tr><th scope=\"row\"").append(cls).append(">").append(esc(c.category()))
          .append(c.small() ? " <span class=\"flag\">small count</span>" : "").append("</th><td class=\"n\">")
          .append(Numbers.count(c.count())).append("</td><td class=\"n\">").append(Numbers.rate(c.ratePer1000()))
          .append("</td><td class=\"n\">").append(Numbers.pct1(c.shareOfTotal())).append("</td><td class=\"n\">")
          .append(Numbers.pct1(c.shareOfParent())).append("</td><td class=\"n\">").append(Numbers.signedPct(c.changePctVsPrevious()))
          .append("</td><td>").append(c.vsPrevious() == null ? "–" : esc(Numbers.pValue(c.vsPrevious().pValue())
              + (c.vsPrevious().significant() ? " (significant)" : "")))
          .append("</td><td class=\"n\">").append(Numbers.rate(c.forceRate())).append("</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static void trends(StringBuilder h, Assessment a) {
    List<Finding> t = a.findings("trend");
    if (t.isEmpty()) {
      return;
    }
    h.append("<h2>Change since ").append(esc(a.previousPeriod())).append("</h2>\n<ul>");
    for (Finding f : t) {
      h.append("<li>").append(esc(Narrative.trend(f))).append("</li>");
    }
    h.append("</ul>\n");
  }

  private static void places(StringBuilder h, Assessment a) {
    if (a.places().isEmpty()) {
      return;
    }
    h.append("<h2>Place</h2>\n<table><caption>Busiest neighbourhoods (LSOAs)</caption><thead><tr>")
        .append("<th scope=\"col\">LSOA</th><th scope=\"col\">Records</th><th scope=\"col\">Share</th>")
        .append("<th scope=\"col\">Months in top 10%</th><th scope=\"col\">Most common location</th></tr></thead><tbody>");
    for (PlaceRow p : a.places().subList(0, Math.min(10, a.places().size()))) {
      h.append("<tr><th scope=\"row\">").append(esc(p.lsoaName())).append("</th><td class=\"n\">")
          .append(Numbers.count(p.count())).append("</td><td class=\"n\">").append(Numbers.pct1(p.share()))
          .append("</td><td class=\"n\">").append(p.topDecileMonths()).append(" of ").append(p.months())
          .append("</td><td>").append(esc(p.topLocation() == null ? "" : p.topLocation())).append("</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static void priorities(StringBuilder h, Assessment a) {
    if (a.priorities().isEmpty()) {
      return;
    }
    h.append("<h2>Recommendations: priorities</h2>\n<ol>");
    for (PriorityRow p : a.priorities().subList(0, Math.min(8, a.priorities().size()))) {
      h.append("<li><strong>").append(esc(p.category())).append("</strong> (score ")
          .append(String.format(java.util.Locale.UK, "%.1f", p.score())).append("): ");
      h.append(esc(String.join("; ", p.scores().stream().map(s -> s.criterion() + " " + s.reason()).toList())));
      h.append("</li>");
    }
    h.append("</ol>\n");
  }

  private static void caveats(StringBuilder h, Assessment a) {
    if (a.caveats().isEmpty()) {
      return;
    }
    h.append("<h2>Caveats</h2>\n<ul>");
    a.caveats().forEach(c -> h.append("<li>").append(esc(c)).append("</li>"));
    h.append("</ul>\n");
  }

  private static void sources(StringBuilder h, Assessment a) {
    h.append("<h2>Data sources</h2>\n<table><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Kind</th>")
        .append("<th scope=\"col\">Rows read</th><th scope=\"col\">Loaded</th><th scope=\"col\">Rejected</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>");
    for (SourceFileInfo s : a.sources()) {
      h.append("<tr><td>").append(esc(s.path())).append("</td><td>").append(esc(s.kind())).append("</td><td class=\"n\">")
          .append(Numbers.count(s.rowsRead())).append("</td><td class=\"n\">").append(Numbers.count(s.rowsLoaded()))
          .append("</td><td class=\"n\">").append(Numbers.count(s.rowsRejected())).append("</td><td><code>")
          .append(esc(s.sha256().substring(0, Math.min(12, s.sha256().length())))).append("…</code></td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  static String esc(String s) {
    return s == null ? "" : Entities.escape(s);
  }

  private static final String CSS =
      "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60em;margin:2em auto;color:#0b0c0c;line-height:1.4}"
          + "h1{font-size:2em}h2{border-bottom:2px solid #1d70b8;margin-top:1.6em}"
          + "table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.9em}"
          + "th,td{border-bottom:1px solid #b1b4b6;padding:.3em .5em;text-align:left}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums}th.sub{padding-left:1.5em;font-weight:normal}"
          + "caption{text-align:left;font-weight:bold;margin-bottom:.3em}"
          + ".synthetic{background:#ffdd00;padding:.5em;font-weight:bold}.flag{font-size:.75em;background:#f3f2f1;padding:0 .3em}"
          + ".lede{font-size:1.2em;color:#505a5f}";
}
