package org.strata.report.map;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * An equirectangular projection scaled by the cosine of the middle latitude, fitted into a
 * rectangle with the aspect ratio kept: good enough for a district or a force area.
 */
final class Projection {
  private final double minLon;
  private final double maxLat;
  private final double k;
  private final double scale;
  private final double offsetX;
  private final double offsetY;

  Projection(double[] bbox, Rectangle2D into) {
    this.minLon = bbox[0];
    this.maxLat = bbox[3];
    this.k = Math.cos(Math.toRadians((bbox[1] + bbox[3]) / 2));
    double w = Math.max(1e-9, (bbox[2] - bbox[0]) * k);
    double h = Math.max(1e-9, bbox[3] - bbox[1]);
    this.scale = Math.min(into.getWidth() / w, into.getHeight() / h);
    this.offsetX = into.getX() + (into.getWidth() - w * scale) / 2;
    this.offsetY = into.getY() + (into.getHeight() - h * scale) / 2;
  }

  Point2D point(double lon, double lat) {
    return new Point2D.Double(offsetX + (lon - minLon) * k * scale, offsetY + (maxLat - lat) * scale);
  }

  Path2D path(Boundary b) {
    Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    for (double[][] ring : b.rings()) {
      for (int i = 0; i < ring.length; i++) {
        Point2D q = point(ring[i][0], ring[i][1]);
        if (i == 0) {
          p.moveTo(q.getX(), q.getY());
        } else {
          p.lineTo(q.getX(), q.getY());
        }
      }
      p.closePath();
    }
    return p;
  }

  /** Kilometres per degree of longitude at the middle latitude. */
  double kmPerLonDegree() {
    return 111.32 * k;
  }
}
