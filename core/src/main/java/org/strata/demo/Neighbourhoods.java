package org.strata.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Lays each fictional district out as a rectangle of the force's grid, divided into LSOA-sized
 * cells (about 1,650 residents each), with lognormal crime weights and a few town-centre cells
 * that carry several times the average: the persistent hot spots.
 */
final class Neighbourhoods {
  static final double WEST = 1.2;
  static final double SOUTH = 53.0;
  static final double CELL_LON = 0.5;
  static final double CELL_LAT = 0.4;
  private static final String[] STREETS = {
    "High Street", "Station Road", "Church Lane", "Market Place", "Mill Road", "Park Avenue",
    "Queen Street", "Victoria Road", "London Road", "Bridge Street", "The Green", "Chapel Lane",
    "School Road", "Manor Way", "Harbour Road", "North Street", "West End", "Orchard Close",
    "Supermarket", "Shopping Area", "Petrol Station", "Parking Area", "Nightclub", "Sports/Recreation Area"
  };

  private Neighbourhoods() {}

  static List<List<Lsoa>> build(List<DemoWorld.DemoDistrict> districts, SplittableRandom rnd) {
    List<List<Lsoa>> out = new ArrayList<>();
    for (int d = 0; d < districts.size(); d++) {
      out.add(district(d, districts.get(d), rnd));
    }
    return out;
  }

  private static List<Lsoa> district(int index, DemoWorld.DemoDistrict d, SplittableRandom rnd) {
    int n = (int) Math.round(d.population() / 1650.0);
    int cols = (int) Math.ceil(Math.sqrt(n * 1.25));
    int rows = (int) Math.ceil(n / (double) cols);
    double w0 = WEST + d.col() * CELL_LON;
    double s0 = SOUTH + d.row() * CELL_LAT;
    double dw = CELL_LON / cols;
    double dh = CELL_LAT / rows;
    int centreCol = cols / 2;
    int centreRow = rows / 2;
    List<Lsoa> out = new ArrayList<>();
    double total = 0;
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      int c = i % cols;
      int r = i / cols;
      double w = Math.exp(0.55 * gaussian(rnd));
      int dist = Math.abs(c - centreCol) + Math.abs(r - centreRow);
      if (dist == 0) {
        w *= 7;
      } else if (dist == 1 && (c + r) % 2 == 0) {
        w *= 3.5;
      }
      weights[i] = w;
      total += w;
    }
    for (int i = 0; i < n; i++) {
      int c = i % cols;
      int r = i / cols;
      String code = String.format(Locale.ROOT, "E0199%d%03d", index + 1, i + 1);
      String name = String.format(Locale.ROOT, "%s %03d%c", d.name(), i / 4 + 1, (char) ('A' + i % 4));
      String[] streets = new String[3];
      for (int k = 0; k < 3; k++) {
        streets[k] = STREETS[rnd.nextInt(STREETS.length)];
      }
      out.add(new Lsoa(code, name, index, w0 + c * dw, s0 + r * dh, w0 + (c + 1) * dw, s0 + (r + 1) * dh,
          weights[i] / total, streets));
    }
    return out;
  }

  static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
