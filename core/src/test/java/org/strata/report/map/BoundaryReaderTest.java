package org.strata.report.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;

class BoundaryReaderTest {
  @TempDir Path dir;

  @Test
  void decodesQuantisedTopoJsonArcsIncludingReversedOnes() throws Exception {
    Path f = dir.resolve("two.topojson");
    Files.writeString(f, """
        {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[-2,50]},
         "arcs":[[[0,0],[2,0],[0,4]],[[2,4],[-2,0],[0,-4]],[[2,0],[2,0],[0,4],[-2,0]]],
         "objects":{"lad":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,1]],"properties":{"LAD24CD":"E07000001","LAD24NM":"West"}},
           {"type":"MultiPolygon","arcs":[[[2,-1]]],"properties":{"areacd":"E07000002","areanm":"East"}}]}}}
        """);
    List<Boundary> b = BoundaryReader.read(f);
    assertThat(b).extracting(Boundary::code).containsExactly("E07000001", "E07000002");
    assertThat(b.get(0).name()).isEqualTo("West");
    assertThat(b.get(0).rings().get(0)).hasDimensions(5, 2);
    assertThat(b.get(0).rings().get(0)[1]).containsExactly(-1.0, 50.0);
    assertThat(b.get(0).bbox()).containsExactly(-2.0, 50.0, -1.0, 51.0);
    double[][] east = b.get(1).rings().get(0);
    assertThat(east).hasDimensions(6, 2);
    assertThat(east[3]).containsExactly(-1.0, 51.0);
    assertThat(east[4]).containsExactly(-1.0, 50.0);
    assertThat(east[5]).containsExactly(-2.0, 50.0);
  }

  @Test
  void readsGeoJsonFeatureCollections() throws Exception {
    Path f = dir.resolve("one.geojson");
    Files.writeString(f, """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"E01000001","name":"A 001A"},
         "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}
        """);
    assertThat(BoundaryReader.read(f)).singleElement().satisfies(x -> assertThat(x.name()).isEqualTo("A 001A"));
  }

  @Test
  void refusesJsonThatIsNotBoundaries() throws Exception {
    Path f = dir.resolve("x.json");
    Files.writeString(f, "{\"type\":\"Feature\"}");
    BadInputException e = assertThrows(BadInputException.class, () -> BoundaryReader.read(f));
    assertThat(e.getMessage()).isEqualTo("x.json:1: expected a TopoJSON \"Topology\" or a GeoJSON \"FeatureCollection\", found type \"Feature\"");
  }

  @Test
  void drawsCannockChaseFromTheSharedDistrictBoundaries() {
    Path f = org.strata.SharedFixtures.require("boundaries/lad_may2024_uk_bgc.topojson");
    List<Boundary> all = BoundaryReader.read(f);
    assertThat(all).anySatisfy(b -> assertThat(b.code()).isEqualTo("E07000192"));
    var map = Maps.choropleth("m", "Cannock Chase", "rate", "Source: test", all, List.of("E07000192"), Map.of("E07000192", 74.2));
    assertThat(map).isPresent();
    assertThat(map.get().svg()).contains("Cannock Chase", "Lichfield");
  }
}
