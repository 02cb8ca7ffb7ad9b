package org.strata.report.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strata.report.doc.DataTable;

/** A choropleth's alternative text and data table, both from the values it is shaded by. */
final class MapText {
  static final int NAMED = 12;

  private MapText() {}

  /**
   * "Cannock Chase and its neighbours. Recorded crime per 1,000 residents, July 2024 to June 2025:
   * Cannock Chase 74.2. Other areas with a value, highest first: Stafford 61.0. 9 neighbouring areas
   * are drawn for orientation only: this assessment holds no value for them."
   */
  static String alt(String title, String units, List<Boundary> shown, List<Boundary> focus, Map<String, Double> values) {
    boolean counts = counts(values);
    StringBuilder s = new StringBuilder(title).append(". ").append(units).append(": ");
    List<String> subject = new ArrayList<>();
    for (Boundary b : focus) {
      Double v = values.get(b.code());
      subject.add(b.name() + " " + (v == null ? "no value" : number(v, counts)));
    }
    if (focus.size() <= 3) {
      s.append(String.join(", ", subject)).append('.');
    } else {
      s.append(focus.size()).append(" areas shaded in five classes.");
    }
    List<Boundary> others = shown.stream().filter(b -> !focus.contains(b) && values.containsKey(b.code()))
        .sorted(Comparator.comparingDouble((Boundary b) -> -values.get(b.code()))).toList();
    if (!others.isEmpty() && focus.size() <= 3) {
      s.append(" Other areas with a value, highest first: ").append(String.join(", ", others.stream().limit(NAMED)
          .map(b -> b.name() + " " + number(values.get(b.code()), counts)).toList()))
          .append(others.size() > NAMED ? " and " + (others.size() - NAMED) + " more" : "").append('.');
    }
    long without = shown.stream().filter(b -> !values.containsKey(b.code())).count();
    if (without > 0) {
      s.append(' ').append(without).append(without == 1 ? " neighbouring area is" : " neighbouring areas are")
          .append(" drawn for orientation only: this assessment holds no value for ").append(without == 1 ? "it." : "them.");
    }
    return s.toString();
  }

  /** Whole numbers throughout mean counts; anything else is a rate, written with one decimal. */
  private static boolean counts(Map<String, Double> values) {
    return values.values().stream().allMatch(v -> v == Math.rint(v));
  }

  private static String number(double v, boolean counts) {
    return counts ? String.format(java.util.Locale.UK, "%,.0f", v) : String.format(java.util.Locale.UK, "%,.1f", v);
  }

  /** The areas with a value, highest first. */
  static DataTable table(String id, String title, String units, List<Boundary> shown, Map<String, Double> values, String source) {
    boolean counts = counts(values);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    shown.stream().filter(b -> values.containsKey(b.code()))
        .sorted(Comparator.comparingDouble((Boundary b) -> -values.get(b.code())))
        .forEach(b -> rows.add(List.of(b.name().isEmpty() ? b.code() : b.name(), b.code(),
            counts ? (Object) Math.round(values.get(b.code())) : (Object) values.get(b.code()))));
    return new DataTable(id, title, List.of(new DataTable.Column("Area", DataTable.Kind.TEXT),
        new DataTable.Column("Code", DataTable.Kind.TEXT),
        new DataTable.Column(units, counts ? DataTable.Kind.COUNT : DataTable.Kind.RATE)), rows, source);
  }
}
