package org.strata.report.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.strata.report.chart.Palette;
import org.strata.report.doc.Figure;

/**
 * Choropleth maps from boundaries: the subject's districts (or LSOAs) shaded by a value in five
 * quantile classes, neighbours in grey for context, the subject outlined.
 */
public final class Maps {
  static final int WIDTH = 640;
  static final int HEIGHT = 520;

  private Maps() {}

  /**
   * A choropleth of the features whose codes have values, framed on the subject's features (those
   * whose code or name is in {@code subject}) with their neighbours around them.
   *
   * @param values code → value; features without a value are drawn in grey
   */
  public static Optional<Figure> choropleth(
      String id, String title, String units, String source, List<Boundary> all, List<String> subject,
      Map<String, Double> values) {
    List<Boundary> focus = all.stream().filter(b -> subject.contains(b.code()) || subject.contains(b.name())).toList();
    if (focus.isEmpty()) {
      focus = all.stream().filter(b -> values.containsKey(b.code())).toList();
    }
    if (focus.isEmpty()) {
      return Optional.empty();
    }
    double[] box = padded(Boundary.union(focus), 0.35);
    List<Boundary> shown = all.stream().filter(b -> intersects(b.bbox(), box)).toList();
    List<Boundary> focused = focus;
    Classes classes = Classes.quantiles(values.values().stream().filter(v -> v != null).toList());
    List<String> spec = List.of("map", "choropleth", "units: " + units, "areas: " + shown.size(), "with values: "
        + shown.stream().filter(b -> values.containsKey(b.code())).count());
    String alt = MapText.alt(title, units, shown, focus, values);
    return Optional.of(new Figure(id, title, alt, MapText.table(id, title, units, shown, values, source), WIDTH, HEIGHT, spec, (g, r) -> {
      Rectangle2D inner = MapFrame.frame(g, r, title, units, source);
      Projection p = new Projection(box, inner);
      g.setClip(inner);
      for (Boundary b : shown) {
        Path2D path = p.path(b);
        Double v = values.get(b.code());
        g.setColor(v == null ? new Color(0xF3F2F1) : classes.colour(v));
        g.fill(path);
        g.setColor(new Color(0x8A8A8A));
        g.setStroke(new BasicStroke(0.6f));
        g.draw(path);
      }
      if (focused.size() <= 3) {
        g.setColor(Palette.OUTLINE);
        g.setStroke(new BasicStroke(2.5f));
        focused.forEach(b -> g.draw(p.path(b)));
      }
      if (shown.size() <= 40) {
        labels(g, p, shown, inner);
      }
      g.setClip(null);
      legend(g, r, classes, focused);
    }));
  }

  private static void legend(Graphics2D g, Rectangle2D r, Classes classes, List<Boundary> focus) {
    List<Color> colours = new ArrayList<>(classes.colours());
    List<String> labels = new ArrayList<>(classes.labels());
    colours.add(new Color(0xF3F2F1));
    labels.add("not in this assessment");
    MapFrame.legend(g, r, colours, labels);
    if (focus.size() > 3) {
      return;
    }
    g.setColor(Palette.OUTLINE);
    g.setStroke(new BasicStroke(2.5f));
    double y = r.getY() + 60 + colours.size() * 20 + 8;
    g.drawLine((int) r.getMaxX() - 150, (int) y + 7, (int) r.getMaxX() - 136, (int) y + 7);
    g.setColor(Palette.TEXT);
    String name = focus.size() == 1 ? focus.get(0).name() : "subject area";
    g.drawString(name.length() > 22 ? "subject area" : name, (float) r.getMaxX() - 130, (float) y + 11);
  }

  /** Names at each area's centre, moved inside the frame when near its edge; a name that cannot fit is left out. */
  private static void labels(Graphics2D g, Projection p, List<Boundary> shown, Rectangle2D inner) {
    g.setFont(new java.awt.Font(MapFrame.FONT, java.awt.Font.PLAIN, 9));
    for (Boundary b : shown) {
      Rectangle2D box = p.path(b).getBounds2D().createIntersection(inner);
      float w = g.getFontMetrics().stringWidth(b.name());
      if (b.name().isEmpty() || box.isEmpty() || w + 4 > inner.getWidth()) {
        continue;
      }
      double x = Math.max(inner.getX() + 2, Math.min(box.getCenterX() - w / 2, inner.getMaxX() - w - 2));
      double y = Math.max(inner.getY() + 11, Math.min(box.getCenterY(), inner.getMaxY() - 3));
      g.setColor(new Color(255, 255, 255, 215));
      g.fill(new Rectangle2D.Double(x - 2, y - 9, w + 4, 12));
      g.setColor(Palette.TEXT);
      g.drawString(b.name(), (float) x, (float) y);
    }
  }

  static double[] padded(double[] b, double f) {
    double w = (b[2] - b[0]) * f;
    double h = (b[3] - b[1]) * f;
    return new double[] {b[0] - w, b[1] - h, b[2] + w, b[3] + h};
  }

  static boolean intersects(double[] a, double[] b) {
    return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
  }

  static String number(double v) {
    return Classes.number(v);
  }
}
