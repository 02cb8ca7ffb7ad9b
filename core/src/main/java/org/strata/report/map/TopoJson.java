package org.strata.report.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Decodes a TopoJSON topology: delta-encoded, quantised arcs stitched into rings per geometry. */
final class TopoJson {
  private final JsonNode root;
  private final List<double[][]> arcs = new ArrayList<>();

  TopoJson(JsonNode root) {
    this.root = root;
    JsonNode t = root.path("transform");
    boolean quantised = t.has("scale");
    double sx = quantised ? t.path("scale").get(0).asDouble() : 1;
    double sy = quantised ? t.path("scale").get(1).asDouble() : 1;
    double tx = quantised ? t.path("translate").get(0).asDouble() : 0;
    double ty = quantised ? t.path("translate").get(1).asDouble() : 0;
    for (JsonNode arc : root.path("arcs")) {
      double[][] pts = new double[arc.size()][];
      double x = 0;
      double y = 0;
      for (int i = 0; i < arc.size(); i++) {
        double ax = arc.get(i).get(0).asDouble();
        double ay = arc.get(i).get(1).asDouble();
        x = quantised ? x + ax : ax;
        y = quantised ? y + ay : ay;
        pts[i] = new double[] {x * sx + tx, y * sy + ty};
      }
      arcs.add(pts);
    }
  }

  List<Boundary> boundaries() {
    List<Boundary> out = new ArrayList<>();
    root.path("objects").forEach(o -> collect(o, out));
    return out;
  }

  private void collect(JsonNode g, List<Boundary> out) {
    if (g.path("type").asText("").equals("GeometryCollection")) {
      g.path("geometries").forEach(x -> collect(x, out));
      return;
    }
    List<double[][]> rings = new ArrayList<>();
    switch (g.path("type").asText("")) {
      case "Polygon" -> g.path("arcs").forEach(r -> rings.add(ring(r)));
      case "MultiPolygon" -> g.path("arcs").forEach(p -> p.forEach(r -> rings.add(ring(r))));
      default -> { }
    }
    if (!rings.isEmpty()) {
      JsonNode props = g.path("properties");
      String code = BoundaryReader.property(props, "cd", "code");
      out.add(new Boundary(code.isEmpty() ? g.path("id").asText("") : code, BoundaryReader.property(props, "nm", "name"), rings));
    }
  }

  /** Joins a ring's arcs; a negative index {@code ~i} means arc i reversed. */
  private double[][] ring(JsonNode indexes) {
    List<double[]> pts = new ArrayList<>();
    for (JsonNode n : indexes) {
      int i = n.asInt();
      double[][] arc = arcs.get(i >= 0 ? i : ~i);
      for (int k = 0; k < arc.length; k++) {
        double[] p = i >= 0 ? arc[k] : arc[arc.length - 1 - k];
        if (k > 0 || pts.isEmpty()) {
          pts.add(p);
        }
      }
    }
    return pts.toArray(new double[0][]);
  }
}
