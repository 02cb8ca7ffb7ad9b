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

  /** The box around all the boundaries, {@code [minLon, minLat, maxLon, maxLat]}. */
  public static double[] union(List<Boundary> bs) {
    double[] u = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Boundary b : bs) {
      double[] x = b.bbox();
      u[0] = Math.min(u[0], x[0]);
      u[1] = Math.min(u[1], x[1]);
      u[2] = Math.max(u[2], x[2]);
      u[3] = Math.max(u[3], x[3]);
    }
    return u;
  }

  /** True when two boxes overlap. */
  public static boolean intersects(double[] a, double[] b) {
    return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
  }
}
