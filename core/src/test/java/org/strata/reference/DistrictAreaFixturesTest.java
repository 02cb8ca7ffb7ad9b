package org.strata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strata.report.map.Boundary;
import org.strata.report.map.BoundaryReader;

/**
 * Recomputes district areas from the ONS generalised boundaries in the shared fixtures with the
 * method of docs/method.md: the WGS84 ellipsoid's equal-area cylindrical projection (authalic
 * latitude), outer rings counter-clockwise and holes clockwise, so signed ring areas sum to the
 * district's area.
 */
class DistrictAreaFixturesTest {
  private static final Path TOPOJSON = Fixtures.DIR.resolve("boundaries/lad_may2024_uk_bgc.topojson");
  private static final double A = 6_378_137.0;
  private static final double F = 1 / 298.257223563;
  private static final double E2 = F * (2 - F);
  private static final double E = Math.sqrt(E2);
  private static List<Boundary> boundaries;

  private final AreaRegistry registry = AreaRegistry.load();

  @BeforeAll
  static void read() {
    boundaries = BoundaryReader.read(Fixtures.require(TOPOJSON));
  }

  @Test
  void cannockChaseAndTheIslesOfScillyMatchTheShippedAreas() {
    for (String code : List.of("E07000192", "E06000053")) {
      assertThat(hectares(code)).as(code).isCloseTo(registry.areaHectares(code).orElseThrow(), within(0.5));
    }
  }

  private static double hectares(String code) {
    Boundary b = boundaries.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    double sum = 0;
    for (double[][] ring : b.rings()) {
      for (int i = 0; i < ring.length; i++) {
        double[] p = ring[i];
        double[] q = ring[(i + 1) % ring.length];
        sum += Math.toRadians(q[0] - p[0]) * (authalic(p[1]) + authalic(q[1])) / 2;
      }
    }
    return sum * A * A / 2 / 10_000;
  }

  /** The authalic function q(φ) of the ellipsoid; a sphere's counterpart is 2 sin φ. */
  private static double authalic(double latitude) {
    double s = Math.sin(Math.toRadians(latitude));
    return (1 - E2) * (s / (1 - E2 * s * s) - Math.log((1 - E * s) / (1 + E * s)) / (2 * E));
  }
}
