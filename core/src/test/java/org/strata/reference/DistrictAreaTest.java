package org.strata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The district areas computed from ONS generalised boundaries, against ONS Standard Area
 * Measurements. Tolerances: 0.5% inland, 1.5% for the City of London (its 290 ha of land; ONS's
 * 315 ha includes its part of the tidal Thames) and the Isles of Scilly (generalised islands).
 */
class DistrictAreaTest {
  private final AreaRegistry registry = AreaRegistry.load();

  @Test
  void everyDistrictHasAPositiveArea() {
    assertThat(registry.districts()).hasSize(318)
        .allSatisfy(d -> assertThat(registry.areaHectares(d.code()).orElse(0)).as(d.code()).isPositive());
  }

  @Test
  void inlandDistrictsAreWithinHalfAPercentOfTheirStandardAreaMeasurement() {
    assertThat(hectares("E07000192")).isCloseTo(7890, within(7890 * 0.005));
    assertThat(hectares("Birmingham")).isCloseTo(26780, within(26780 * 0.005));
  }

  @Test
  void smallAndIslandDistrictsAreWithinOneAndAHalfPercentOfTheirLandArea() {
    assertThat(hectares("City of London")).isCloseTo(290, within(290 * 0.015));
    assertThat(hectares("Isles of Scilly")).isCloseTo(1640, within(1640 * 0.015));
  }

  @Test
  void aMultiDistrictCspHasTheSumOfItsDistrictsAreas() {
    double sum = hectares("Malvern Hills") + hectares("Worcester") + hectares("Wychavon");
    assertThat(hectares("South Worcester")).isEqualTo(sum);
  }

  @Test
  void singleDistrictCspCodeFindsItsDistrictsArea() {
    assertThat(registry.areaHectares("E22000263")).isEqualTo(registry.areaHectares("E07000192"));
  }

  @Test
  void unknownAreaOrDeclaredDistrictHasNoArea() {
    AreaRegistry more =
        registry.withAdditions(
            List.of(new District("E06999001", "Imaginary", "E06999001", "Imaginary", "E23000016", "E12000005")),
            List.of(),
            List.of());
    assertThat(registry.areaHectares("Nowhere")).isEmpty();
    assertThat(more.areaHectares("E06999001")).isEmpty();
    assertThat(more.areaHectares("E23000016")).isEqualTo(OptionalDouble.empty());
    assertThat(more.areaHectares("E07000192")).isEqualTo(registry.areaHectares("E07000192"));
  }

  private double hectares(String area) {
    return registry.areaHectares(area).orElseThrow();
  }
}
