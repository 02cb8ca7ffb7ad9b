package org.strata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.strata.report.map.Boundary;
import org.strata.report.map.Classes;

/**
 * A choropleth drawn as inline SVG: the focus areas and their neighbours, each area with a value
 * shaded in up to five quantile classes of the report's sequential palette, the others in grey,
 * the subject outlined; a legend below, a title, a description and a caption as text alternative.
 */
final class ChoroplethSvg {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 540;
  private static final int PAD = 20;
  private static final int LEGEND = 60;
  private static final String NO_DATA = "#f3f2f1";

  /**
   * What to draw.
   *
   * @param shown every area drawn, focus and neighbours
   * @param values code → value; areas without one are grey
   * @param outlined codes of the areas outlined as the subject
   * @param unit what a value counts, for tooltips and the legend
   * @param description the text alternative
   */
  record Spec(String id, String title, List<Boundary> shown, Map<String, Double> values, Set<String> outlined,
      String unit, String description) {}

  private ChoroplethSvg() {}

  static String svg(Spec s) {
    double[] box = Boundary.union(s.shown());
    double kx = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
    double spanX = Math.max((box[2] - box[0]) * kx, 1e-9);
    double spanY = Math.max(box[3] - box[1], 1e-9);
    double scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
    double ox = PAD + ((WIDTH - 2 * PAD) - spanX * scale) / 2;
    double oy = PAD + ((HEIGHT - 2 * PAD) - spanY * scale) / 2;
    double[] t = {box[0], box[3], kx * scale, scale, ox, oy};
    Classes classes = Classes.quantiles(s.values().values().stream().toList());
    Html h = new Html();
    h.raw(String.format(Locale.ROOT, "<figure class=\"strata-figure\"><svg class=\"strata-chart strata-map strata-map--choropleth\" id=\"%s\"", s.id()));
    h.raw(String.format(Locale.ROOT, " role=\"img\" viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-title %s-desc\">",
        WIDTH, HEIGHT + LEGEND, s.id(), s.id()));
    h.raw("<title id=\"").raw(s.id()).raw("-title\">").text(s.title()).raw("</title>");
    h.raw(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>", WIDTH, HEIGHT));
    for (Boundary b : s.shown()) {
      Double v = s.values().get(b.code());
      String cls = v == null ? "strata-map__context" : "strata-map__shaded";
      h.raw("<path class=\"").raw(cls).raw("\" fill-rule=\"evenodd\" stroke=\"#8a8a8a\" stroke-width=\"0.6\" fill=\"")
          .raw(v == null ? NO_DATA : Classes.hex(classes.colour(v))).raw("\" d=\"").raw(path(b, t)).raw("\"><title>");
      String label = (b.name().isEmpty() ? "" : b.name() + " ") + "(" + b.code() + ")";
      h.text(v == null ? label + ": no data" : label + ": " + Classes.number(v) + " " + s.unit()).raw("</title></path>");
    }
    for (Boundary b : s.shown()) {
      if (s.outlined().contains(b.code())) {
        h.raw("<path class=\"strata-map__subject\" fill=\"none\" stroke=\"").raw(Charts.COLOURS.get(3))
            .raw("\" stroke-width=\"2.5\" d=\"").raw(path(b, t)).raw("\"/>");
      }
    }
    legend(h, classes, s.unit(), !s.outlined().isEmpty());
    h.raw("<desc id=\"").raw(s.id()).raw("-desc\">").text(s.description()).raw("</desc></svg>");
    h.raw("<figcaption class=\"govuk-body-s\">").text(s.description()).raw("</figcaption></figure>");
    return h.toString();
  }

  private static String path(Boundary b, double[] t) {
    StringBuilder d = new StringBuilder();
    for (double[][] ring : b.rings()) {
      for (int i = 0; i < ring.length; i++) {
        double x = t[4] + (ring[i][0] - t[0]) * t[2];
        double y = t[5] + (t[1] - ring[i][1]) * t[3];
        d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
      }
      d.append('Z');
    }
    return d.toString();
  }

  private static void legend(Html h, Classes classes, String unit, boolean outlined) {
    int y = HEIGHT + 6;
    h.raw("<g class=\"strata-map__legend\">");
    h.raw(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" class=\"strata-chart__label\">", y + 11)).text(unit).raw("</text>");
    List<String> colours = new ArrayList<>(classes.colours().stream().map(Classes::hex).toList());
    List<String> labels = new ArrayList<>(classes.labels());
    colours.add(NO_DATA);
    labels.add("no data");
    for (int i = 0; i < colours.size(); i++) {
      int x = 4 + i * 118;
      h.raw(String.format(Locale.ROOT, "<rect class=\"strata-map__swatch\" x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#505a5f\" stroke-width=\"0.5\"/>",
          x, y + 20, colours.get(i)));
      h.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"strata-chart__label\">", x + 18, y + 32))
          .text(labels.get(i)).raw("</text>");
    }
    if (outlined) {
      h.raw(String.format(Locale.ROOT, "<line x1=\"4\" y1=\"%d\" x2=\"18\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2.5\"/>",
          y + 47, y + 47, Charts.COLOURS.get(3)));
      h.raw(String.format(Locale.ROOT, "<text x=\"22\" y=\"%d\" class=\"strata-chart__label\">Subject area</text>", y + 51));
    }
    h.raw("</g>");
  }
}
