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
    String line = source;
    String rest = "";
    while (g.getFontMetrics().stringWidth(line) > r.getWidth() - 16 && line.lastIndexOf(' ') > 0) {
      rest = line.substring(line.lastIndexOf(' ') + 1) + (rest.isEmpty() ? "" : " " + rest);
      line = line.substring(0, line.lastIndexOf(' '));
    }
    g.drawString(line, (float) r.getX() + 8, (float) (r.getMaxY() - (rest.isEmpty() ? 8 : 20)));
    if (!rest.isEmpty()) {
      g.drawString(rest, (float) r.getX() + 8, (float) (r.getMaxY() - 8));
    }
    return new Rectangle2D.Double(r.getX() + 8, r.getY() + 50, r.getWidth() - 170, r.getHeight() - 74);
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
