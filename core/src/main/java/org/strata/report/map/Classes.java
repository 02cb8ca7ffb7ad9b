package org.strata.report.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.strata.report.chart.Palette;

/**
 * Class breaks for a choropleth: up to five quantile classes, each with a sequential colour and a
 * label. The report's maps and the dashboard's share them, so both shade alike.
 */
public record Classes(List<Double> upper, List<Color> colours, List<String> labels) {
  /** Copies the lists. */
  public Classes {
    upper = List.copyOf(upper);
    colours = List.copyOf(colours);
    labels = List.copyOf(labels);
  }

  /** Up to five quantile classes over the values (none for no values). */
  public static Classes quantiles(List<Double> values) {
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
      labels.add(lower == u ? number(u) : number(lower) + " – " + number(u));
      lower = u;
    }
    return new Classes(upper, colours, labels);
  }

  /** The colour of the class a value falls in. */
  public Color colour(double v) {
    for (int i = 0; i < upper.size(); i++) {
      if (v <= upper.get(i)) {
        return colours.get(i);
      }
    }
    return colours.get(colours.size() - 1);
  }

  /** A value as the legend writes it: whole numbers and values of 100 or more without decimals. */
  public static String number(double v) {
    if (v == Math.rint(v)) {
      return String.format(java.util.Locale.UK, "%,.0f", v);
    }
    return v >= 100 ? String.format(java.util.Locale.UK, "%,.0f", v) : String.format(java.util.Locale.UK, "%,.1f", v);
  }

  /** A colour as SVG writes it, e.g. {@code #08519c}. */
  public static String hex(Color c) {
    return String.format(java.util.Locale.ROOT, "#%06x", c.getRGB() & 0xFFFFFF);
  }
}
