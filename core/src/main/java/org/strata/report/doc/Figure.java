package org.strata.report.doc;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart or map: its file name stem, title, alternative text, the data it shows, size in points
 * and the code that paints it. The same painter draws the SVG (HTML, PDF, {@code charts/}) and the
 * PNG (Word); the same alternative text goes into every format.
 *
 * @param alt what the figure shows in words, with its numbers, written from the same data as the
 *     picture; a reader who cannot see the picture loses nothing
 * @param data the numbers behind the figure, printed beside it (HTML) or in the appendix (PDF, Word)
 * @param spec what the figure shows (kind, units, series names), for tests
 */
public record Figure(
    String id, String title, String alt, DataTable data, int width, int height, List<String> spec,
    BiConsumer<Graphics2D, Rectangle2D> painter) {
  /** Copies the spec; the alternative text must say something. */
  public Figure {
    spec = List.copyOf(spec);
    if (alt.isBlank()) {
      throw new IllegalArgumentException("figure " + id + ": expected alternative text, found none");
    }
  }

  /** The figure as a standalone SVG document. */
  public String svg() {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
    return integerSize(g.getSVGDocument());
  }

  /** The figure as an SVG element for inlining in HTML. */
  public String svgElement() {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
    return integerSize(g.getSVGElement("fig-" + id));
  }

  /** Whole-number width and height plus a view box, which every SVG reader (Batik too) accepts. */
  private String integerSize(String svg) {
    return svg.replaceFirst("width='[0-9.]+' height='[0-9.]+'",
        "width='" + width + "' height='" + height + "' viewBox='0 0 " + width + " " + height + "'");
  }

  /** The figure as PNG bytes at a scale (2 gives 144 dpi at the nominal size). */
  public byte[] png(double scale) {
    BufferedImage img = new BufferedImage(
        (int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.scale(scale, scale);
    painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
