package org.strata.report.batch;

import java.util.List;
import java.util.Locale;

/** One CSP's small bar chart: a bar per offence group, the force's rate as a mark on each. */
final class SmallMultiple {
  private static final int WIDTH = 300;
  private static final int BAR = 14;
  private static final int STEP = 40;
  private static final int LABEL = 0;

  private SmallMultiple() {}

  static String svg(BatchArea a, List<String> groups, double max) {
    int height = groups.size() * STEP;
    double scale = max > 0 ? (WIDTH - LABEL - 40) / max : 0;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\"><title>").append(IndexPage.esc(a.name()))
        .append(": rates per 1,000 by offence group</title>");
    int y = 0;
    for (String g : groups) {
      double v = a.value(a.code(), g, "rate_per_1000").orElse(0);
      double f = a.forceRate(g).orElse(Double.NaN);
      s.append("<text class=\"strata-chart__label\" x=\"0\" y=\"").append(y + 13).append("\">")
          .append(IndexPage.esc(g)).append("</text>");
      int by = y + 18;
      s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(by).append("\" width=\"")
          .append(fmt(v * scale)).append("\" height=\"").append(BAR).append("\" fill=\"#1d70b8\"/>");
      if (!Double.isNaN(f)) {
        double fx = LABEL + f * scale;
        s.append("<rect x=\"").append(fmt(fx - 1.5)).append("\" y=\"").append(by - 3).append("\" width=\"3\" height=\"")
            .append(BAR + 8).append("\" fill=\"#0b0c0c\"/>");
      }
      double end = LABEL + Math.max(v, Double.isNaN(f) ? 0 : f) * scale;
      s.append("<text class=\"strata-chart__label\" x=\"").append(fmt(end + 6)).append("\" y=\"")
          .append(by + BAR - 2).append("\">").append(String.format(Locale.ROOT, "%.1f", v)).append("</text>");
      y += STEP;
    }
    return s.append("</svg>").toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
