package org.strata.report.map;

import java.util.List;

/**
 * One area's outline in longitude/latitude (WGS84): its code, its name and its rings (outer rings
 * and holes alike; maps fill them with the even-odd rule).
 */
public record Boundary(String code, String name, List<double[][]> rings) {
  /** Copies the rings. */
  public Boundary {
    rings = List.copyOf(rings);
  }

  /** {@code [minLon, minLat, maxLon, maxLat]}. */
  public double[] bbox() {
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (double[][] ring : rings) {
      for (double[] p : ring) {
        b[0] = Math.min(b[0], p[0]);
        b[1] = Math.min(b[1], p[1]);
        b[2] = Math.max(b[2], p[0]);
        b[3] = Math.max(b[3], p[1]);
      }
    }
    return b;
  }
}
