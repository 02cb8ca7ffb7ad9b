package org.strata.ingest.policeuk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolygonTest {
  @Test
  void cutsAcrossTheLongerSideMeasuredOnTheGround() {
    // 0.1° of latitude is about 11 km; 0.12° of longitude at 52°N only about 8 km.
    Polygon p = Polygon.box(52.0, -2.2, 52.1, -2.08);
    assertThat(p.halves()).extracting(Polygon::poly).containsExactly(
        "52,-2.2:52.05,-2.2:52.05,-2.08:52,-2.08", "52.05,-2.2:52.1,-2.2:52.1,-2.08:52.05,-2.08");
    Polygon wide = Polygon.box(52.0, -2.4, 52.1, -2.0);
    assertThat(wide.halves()).extracting(Polygon::poly).containsExactly(
        "52,-2.4:52.1,-2.4:52.1,-2.2:52,-2.2", "52,-2.2:52.1,-2.2:52.1,-2:52,-2");
  }

  @Test
  void tellsPointsInsideAConcaveShapeFromPointsInItsBox() {
    // An L: the box's north-east quarter is outside.
    Polygon l = new Polygon(List.of(new Polygon.Point(0, 0), new Polygon.Point(2, 0),
        new Polygon.Point(2, 1), new Polygon.Point(1, 1), new Polygon.Point(1, 2),
        new Polygon.Point(0, 2)));
    assertThat(l.contains(0.5, 0.5)).isTrue();
    assertThat(l.contains(1.5, 0.5)).isTrue();
    assertThat(l.contains(0.5, 1.5)).isTrue();
    assertThat(l.contains(1.5, 1.5)).isFalse();
    assertThat(l.contains(3, 0.5)).isFalse();
  }
}
