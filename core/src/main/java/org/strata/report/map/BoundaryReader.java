package org.strata.report.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;

/**
 * Reads area boundaries from a TopoJSON topology (arcs decoded here, quantised or not) or a GeoJSON
 * feature collection. Each feature's code and name come from the first property whose name ends in
 * {@code cd} / {@code nm} (ONS style: {@code LAD24CD}, {@code areacd}) or is {@code code} / {@code name}.
 */
public final class BoundaryReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BoundaryReader() {}

  /**
   * Reads the file.
   *
   * @throws BadInputException if the file is not JSON, or is neither a Topology nor a FeatureCollection.
   */
  public static List<Boundary> read(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new BadInputException(SourcePosition.of(file, 1), "expected TopoJSON or GeoJSON, found unreadable JSON (" + e.getMessage() + ")", e);
    }
    String type = root == null ? "" : root.path("type").asText("");
    if (type.equals("Topology")) {
      return new TopoJson(root).boundaries();
    }
    if (type.equals("FeatureCollection")) {
      List<Boundary> out = new ArrayList<>();
      for (JsonNode f : root.path("features")) {
        List<double[][]> rings = new ArrayList<>();
        geoRings(f.path("geometry"), rings);
        out.add(new Boundary(property(f.path("properties"), "cd", "code"), property(f.path("properties"), "nm", "name"), rings));
      }
      return out;
    }
    throw new BadInputException(SourcePosition.of(file, 1),
        "expected a TopoJSON \"Topology\" or a GeoJSON \"FeatureCollection\", found type \"" + type + "\"");
  }

  private static void geoRings(JsonNode g, List<double[][]> out) {
    switch (g.path("type").asText("")) {
      case "Polygon" -> g.path("coordinates").forEach(r -> out.add(points(r)));
      case "MultiPolygon" -> g.path("coordinates").forEach(p -> p.forEach(r -> out.add(points(r))));
      case "GeometryCollection" -> g.path("geometries").forEach(x -> geoRings(x, out));
      default -> { }
    }
  }

  private static double[][] points(JsonNode ring) {
    double[][] pts = new double[ring.size()][];
    for (int i = 0; i < ring.size(); i++) {
      pts[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
    }
    return pts;
  }

  static String property(JsonNode props, String suffix, String plain) {
    Iterator<Map.Entry<String, JsonNode>> it = props.fields();
    String fallback = "";
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey().toLowerCase(Locale.ROOT);
      if (k.equals(plain)) {
        fallback = e.getValue().asText();
      } else if (k.endsWith(suffix) && fallback.isEmpty()) {
        return e.getValue().asText();
      }
    }
    return fallback;
  }
}
