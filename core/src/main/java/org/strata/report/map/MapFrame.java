package org.strata.report.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.strata.report.chart.Palette;

/** Draws what every map shares: title, units, source line and a legend of coloured boxes. */
final class MapFrame {
  static final String FONT = "DejaVu Sans";

  private MapFrame() {}

  /** Paints the frame and returns the rectangle left for the map itself. */
  static Rectangle2D frame(Graphics2D g, Rectangle2D r, String title, String units, String source) {
    g.setColor(Color.WHITE);
    g.fill(r);
    g.setColor(Palette.TEXT);
    g.setFont(new Font(FONT, Font.BOLD, 15));
    g.drawString(title, (float) r.getX() + 8, (float) r.getY() + 22);
    g.setColor(new Color(0x505A5F));
    g.setFont(new Font(FONT, Font.PLAIN, 11));
    g.drawString(units, (float) r.getX() + 8, (float) r.getY() + 40);
    g.setFont(new Font(FONT, Font.PLAIN, 9));
    List<String> lines = wrap(g, source, r.getWidth() - 16);
    for (int i = 0; i < lines.size(); i++) {
      g.drawString(lines.get(i), (float) r.getX() + 8, (float) (r.getMaxY() - 8 - 12 * (lines.size() - 1 - i)));
    }
    // The map stops above the source lines so no shape or name runs into them.
    double bottom = 14 + 12 * lines.size();
    return new Rectangle2D.Double(r.getX() + 8, r.getY() + 50, r.getWidth() - 170, r.getHeight() - 50 - bottom);
  }

  private static List<String> wrap(Graphics2D g, String text, double width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && g.getFontMetrics().stringWidth(next) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** A legend at the right: one box and label per entry. */
  static void legend(Graphics2D g, Rectangle2D r, List<Color> colours, List<String> labels) {
    double x = r.getMaxX() - 150;
    double y = r.getY() + 60;
    g.setFont(new Font(FONT, Font.PLAIN, 10));
    for (int i = 0; i < colours.size(); i++) {
      g.setColor(colours.get(i));
      g.fill(new Rectangle2D.Double(x, y + i * 20, 14, 14));
      g.setColor(new Color(0x505A5F));
      g.setStroke(new BasicStroke(0.5f));
      g.draw(new Rectangle2D.Double(x, y + i * 20, 14, 14));
      g.setColor(Palette.TEXT);
      g.drawString(labels.get(i), (float) x + 20, (float) (y + i * 20 + 11));
    }
  }
}
