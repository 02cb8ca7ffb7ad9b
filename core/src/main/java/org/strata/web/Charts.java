package org.strata.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Charts drawn on the server as inline SVG: no script needed, no inline style, every label escaped.
 * Each chart is an image with a title and a text description that states its numbers.
 */
final class Charts {
  static final List<String> COLOURS = List.of("#1d70b8", "#f47738", "#00703c", "#4c2c92", "#d4351c", "#505a5f");
  private static final int WIDTH = 720;

  private Charts() {}

  /** One bar: label, value, and whether it is the area the page is about. */
  record Bar(String label, double value, boolean highlight) {}

  /** One line: its name and one value per x label (null where there is none). */
  record Line(String name, List<@Nullable Double> values) {}

  /** A horizontal bar chart; {@code unit} follows each value in labels ("per 1,000"). */
  static String bars(String id, String title, List<Bar> bars, String unit) {
    int row = 34;
    int labelWidth = 260;
    int height = 20 + row * bars.size();
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    max = max <= 0 ? 1 : max;
    StringBuilder desc = new StringBuilder();
    Html h = open(id, title, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 10 + i * row;
      double w = (WIDTH - labelWidth - 110) * b.value() / max;
      String value = String.format(Locale.UK, "%,.1f", b.value());
      h.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"strata-chart__label\">",
          labelWidth - 8, y + 20)).text(b.label()).raw("</text>");
      h.raw(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"24\" fill=\"%s\"/>",
          labelWidth, y + 4, w, b.highlight() ? COLOURS.get(0) : COLOURS.get(5)));
      h.raw(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"strata-chart__value\">", labelWidth + w + 6, y + 20))
          .text(value).raw("</text>");
      desc.append(b.label()).append(": ").append(value).append(' ').append(unit).append(". ");
    }
    return close(h, id, desc.toString());
  }

  /** A line chart over categorical x labels (years or months), one line per series. */
  static String lines(String id, String title, List<String> xs, List<Line> lines, String unit) {
    int height = 320;
    int left = 70;
    int right = 20;
    int top = 20;
    int bottom = 70;
    double max = 0;
    for (Line l : lines) {
      for (Double v : l.values()) {
        max = v == null ? max : Math.max(max, v);
      }
    }
    max = max <= 0 ? 1 : max * 1.1;
    double step = xs.size() > 1 ? (double) (WIDTH - left - right) / (xs.size() - 1) : 0;
    Html h = open(id, title, height + 24 * lines.size());
    for (int t = 0; t <= 4; t++) {
      double v = max * t / 4;
      double y = top + (height - top - bottom) * (1 - (double) t / 4);
      h.raw(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#b1b4b6\"/>", left, WIDTH - right, y, y));
      h.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"strata-chart__axis\">", left - 6, y + 4))
          .text(String.format(Locale.UK, max < 10 ? "%,.1f" : "%,.0f", v)).raw("</text>");
    }
    int every = Math.max(1, xs.size() / 8);
    for (int i = 0; i < xs.size(); i += every) {
      h.raw(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"strata-chart__axis\">",
          left + i * step, height - bottom + 20)).text(xs.get(i)).raw("</text>");
    }
    StringBuilder desc = new StringBuilder();
    for (int s = 0; s < lines.size(); s++) {
      Line l = lines.get(s);
      String colour = COLOURS.get(s % COLOURS.size());
      StringBuilder pts = new StringBuilder();
      desc.append(l.name()).append(": ");
      for (int i = 0; i < xs.size() && i < l.values().size(); i++) {
        Double v = l.values().get(i);
        if (v == null) {
          continue;
        }
        double x = left + i * step;
        double y = top + (height - top - bottom) * (1 - v / max);
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        h.raw(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>", x, y, colour))
            .text(l.name() + ", " + xs.get(i) + ": " + String.format(Locale.UK, "%,.1f", v) + " " + unit).raw("</title></circle>");
        desc.append(xs.get(i)).append(' ').append(String.format(Locale.UK, "%,.1f", v)).append("; ");
      }
      h.raw("<polyline fill=\"none\" stroke-width=\"3\" stroke=\"").raw(colour).raw("\" points=\"").raw(pts.toString().strip()).raw("\"/>");
      int ly = height - 24 + 24 * s;
      h.raw(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"16\" height=\"16\" fill=\"%s\"/>", left, ly, colour));
      h.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"strata-chart__label\">", left + 24, ly + 13)).text(l.name()).raw("</text>");
      desc.append(unit).append(". ");
    }
    return close(h, id, desc.toString());
  }

  private static Html open(String id, String title, int height) {
    Html h = new Html();
    h.raw(String.format(Locale.ROOT, "<figure class=\"strata-figure\"><svg class=\"strata-chart\" id=\"%s\" role=\"img\"", id));
    h.raw(String.format(Locale.ROOT, " viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-title %s-desc\">", WIDTH, height, id, id));
    h.raw("<title id=\"").raw(id).raw("-title\">").text(title).raw("</title>");
    return h;
  }

  private static String close(Html h, String id, String description) {
    h.raw("<desc id=\"").raw(id).raw("-desc\">").text(description.strip()).raw("</desc></svg>");
    h.raw("<figcaption><details class=\"govuk-details\"><summary class=\"govuk-details__summary\">");
    h.raw("<span class=\"govuk-details__summary-text\">Describe this chart</span></summary>");
    h.raw("<div class=\"govuk-details__text\">").text(description.strip()).raw("</div></details></figcaption></figure>");
    return h.toString();
  }
}
