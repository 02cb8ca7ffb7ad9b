package org.strata.report.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.strata.report.chart.Palette;

/** Class breaks for a choropleth: up to five quantile classes, each with a sequential colour. */
record Classes(List<Double> upper, List<Color> colours, List<String> labels) {
  static Classes quantiles(List<Double> values) {
    List<Double> sorted = values.stream().sorted().distinct().toList();
    List<Color> seq = Palette.sequential();
    if (sorted.isEmpty()) {
      return new Classes(List.of(), List.of(), List.of());
    }
    int n = Math.min(5, sorted.size());
    List<Double> upper = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    double lower = sorted.get(0);
    for (int i = 1; i <= n; i++) {
      double u = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(i * sorted.size() / (double) n) - 1));
      upper.add(u);
      colours.add(seq.get(n == 1 ? 3 : (i - 1) * 4 / (n - 1)));
      labels.add(lower == u ? Maps.number(u) : Maps.number(lower) + " – " + Maps.number(u));
      lower = u;
    }
    return new Classes(upper, colours, labels);
  }

  Color colour(double v) {
    for (int i = 0; i < upper.size(); i++) {
      if (v <= upper.get(i)) {
        return colours.get(i);
      }
    }
    return colours.get(colours.size() - 1);
  }
}
