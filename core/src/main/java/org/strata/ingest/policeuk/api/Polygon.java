package org.strata.ingest.policeuk.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** A closed area given by its corners in order (the last joins the first), in WGS84 degrees. */
record Polygon(List<Polygon.Point> points) {
  /** One corner. */
  record Point(double lat, double lng) {}

  Polygon {
    points = List.copyOf(points);
    if (points.size() < 3) {
      throw new IllegalArgumentException("a polygon needs 3 points, found " + points.size());
    }
  }

  /** The rectangle between two corners. */
  static Polygon box(double south, double west, double north, double east) {
    return new Polygon(
        List.of(
            new Point(south, west), new Point(north, west), new Point(north, east),
            new Point(south, east)));
  }

  /** The {@code poly} parameter police.uk expects: {@code lat,lng:lat,lng:…}. */
  String poly() {
    return points.stream()
        .map(p -> degrees(p.lat()) + "," + degrees(p.lng()))
        .collect(Collectors.joining(":"));
  }

  /** The two halves of the bounding box, cut across its longer side (south/west half first). */
  List<Polygon> halves() {
    double south = points.stream().mapToDouble(Point::lat).min().orElseThrow();
    double north = points.stream().mapToDouble(Point::lat).max().orElseThrow();
    double west = points.stream().mapToDouble(Point::lng).min().orElseThrow();
    double east = points.stream().mapToDouble(Point::lng).max().orElseThrow();
    // A degree of longitude is shorter than one of latitude; compare roughly as distances.
    double widthScale = Math.cos(Math.toRadians((south + north) / 2));
    if (north - south >= (east - west) * widthScale) {
      double mid = round((south + north) / 2);
      return List.of(box(south, west, mid, east), box(mid, west, north, east));
    }
    double mid = round((west + east) / 2);
    return List.of(box(south, west, north, mid), box(south, mid, north, east));
  }

  /** Whether a point lies inside (even-odd rule; points on an edge may fall either way). */
  boolean contains(double lat, double lng) {
    boolean inside = false;
    for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
      Point a = points.get(i);
      Point b = points.get(j);
      if ((a.lat() > lat) != (b.lat() > lat)
          && lng < (b.lng() - a.lng()) * (lat - a.lat()) / (b.lat() - a.lat()) + a.lng()) {
        inside = !inside;
      }
    }
    return inside;
  }

  /** Six decimals, as police.uk writes coordinates (about 0.1 m). */
  private static double round(double degrees) {
    return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).doubleValue();
  }

  private static String degrees(double d) {
    return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
