package org.strata.report.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.PlaceRow;
import org.strata.report.chart.Palette;
import org.strata.report.doc.DataTable;
import org.strata.report.doc.Figure;

/**
 * A point-density map from police.uk coordinates: each neighbourhood's records placed at its mean
 * location and summed into square grid cells, shaded in five quantile classes.
 */
public final class DensityMap {
  static final int CELLS = 24;

  private DensityMap() {}

  /** The map, or empty when no neighbourhood has coordinates. */
  public static Optional<Figure> of(String id, String title, String source, List<PlaceRow> places, @Nullable Boundary outline) {
    List<PlaceRow> located = places.stream()
        .filter(p -> p.longitude() != 0 && p.latitude() != 0 && !Double.isNaN(p.longitude())).toList();
    if (located.isEmpty()) {
      return Optional.empty();
    }
    double[] box = outline != null ? outline.bbox() : bbox(located);
    box = Maps.padded(box, 0.05);
    double cell = Math.max(box[2] - box[0], box[3] - box[1]) / CELLS;
    double[] grid = box;
    double[][] sums = new double[CELLS + 1][CELLS + 1];
    for (PlaceRow p : located) {
      int i = (int) Math.min(CELLS, Math.max(0, (p.longitude() - grid[0]) / cell));
      int j = (int) Math.min(CELLS, Math.max(0, (p.latitude() - grid[1]) / cell));
      sums[i][j] += p.count();
    }
    List<Double> values = new ArrayList<>();
    for (double[] col : sums) {
      for (double v : col) {
        if (v > 0) {
          values.add(v);
        }
      }
    }
    Classes classes = Classes.quantiles(values);
    double km = cell * 111.32 * Math.cos(Math.toRadians((box[1] + box[3]) / 2));
    String units = String.format(Locale.UK, "Police.uk records per grid square (about %.1f km across)", km);
    List<String> spec = List.of("map", "density", "units: records per grid square", "cells: " + values.size());
    String alt = alt(title, units, located, values);
    return Optional.of(new Figure(id, title, alt, table(id, title, located, source), Maps.WIDTH, Maps.HEIGHT, spec, (g, r) -> {
      Rectangle2D inner = MapFrame.frame(g, r, title, units, source);
      Projection proj = new Projection(grid, inner);
      for (int i = 0; i <= CELLS; i++) {
        for (int j = 0; j <= CELLS; j++) {
          if (sums[i][j] > 0) {
            Point2D a = proj.point(grid[0] + i * cell, grid[1] + (j + 1) * cell);
            Point2D b = proj.point(grid[0] + (i + 1) * cell, grid[1] + j * cell);
            g.setColor(classes.colour(sums[i][j]));
            g.fill(new Rectangle2D.Double(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY()));
          }
        }
      }
      if (outline != null) {
        g.setColor(Palette.OUTLINE);
        g.setStroke(new BasicStroke(2f));
        g.draw(proj.path(outline));
      }
      MapFrame.legend(g, r, classes.colours(), classes.labels());
      g.setColor(Color.BLACK);
    }));
  }

  private static String alt(String title, String units, List<PlaceRow> located, List<Double> cells) {
    double max = cells.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double total = cells.stream().mapToDouble(Double::doubleValue).sum();
    List<PlaceRow> top = located.stream().sorted(java.util.Comparator.comparingLong(PlaceRow::count).reversed()).limit(3).toList();
    return String.format(Locale.UK, "%s. %s. %,.0f records fall in %d grid squares; the busiest square holds %,.0f (%.0f%%)."
        + " The neighbourhoods with most records are %s.", title, units, total, cells.size(), max, 100 * max / total,
        String.join(", ", top.stream().map(p -> String.format(Locale.UK, "%s (%,d)", p.lsoaName(), p.count())).toList()));
  }

  private static DataTable table(String id, String title, List<PlaceRow> located, String source) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    located.stream().sorted(java.util.Comparator.comparingLong(PlaceRow::count).reversed()).limit(DataTable.DOCUMENT_ROWS)
        .forEach(p -> rows.add(List.of(p.lsoaName(), p.lsoaCode(), (Object) p.count())));
    return new DataTable(id, title + ": the busiest neighbourhoods", List.of(new DataTable.Column("Neighbourhood (LSOA)",
        DataTable.Kind.TEXT), new DataTable.Column("Code", DataTable.Kind.TEXT), new DataTable.Column("Records", DataTable.Kind.COUNT)),
        rows, source);
  }

  private static double[] bbox(List<PlaceRow> ps) {
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (PlaceRow p : ps) {
      b[0] = Math.min(b[0], p.longitude());
      b[1] = Math.min(b[1], p.latitude());
      b[2] = Math.max(b[2], p.longitude());
      b[3] = Math.max(b[3], p.latitude());
    }
    return b;
  }
}
