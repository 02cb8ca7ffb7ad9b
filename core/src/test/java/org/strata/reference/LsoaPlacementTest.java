package org.strata.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LsoaPlacementTest {
  private final LsoaPlacement byName = LsoaPlacement.of(AreaRegistry.load(), Map.of());

  @Test
  void placesAnLsoaByTheDistrictNameBeforeItsSuffix() {
    assertThat(byName.findDistrict("E01032250", "Worcester 001A")).contains("E07000237");
    assertThat(byName.findDistrict(null, "Cannock Chase 002E")).contains("E07000192");
  }

  @Test
  void matchesOnsNamesEndingInCityOf() {
    assertThat(LsoaPlacement.matchKey("Bristol, City of")).isEqualTo("bristol");
    assertThat(byName.findDistrict("E01014485", "Bristol 001A")).contains("E06000023");
  }

  @Test
  void prefersTheLookupAndLeavesUnknownNamesUnplaced() {
    LsoaPlacement withLookup = LsoaPlacement.of(AreaRegistry.load(), Map.of("E01032250", "E07000238"));
    assertThat(withLookup.findDistrict("E01032250", "Worcester 001A")).contains("E07000238");
    assertThat(byName.findDistrict("E01099999", "Atlantis 001A")).isEmpty();
    assertThat(byName.findDistrict(null, null)).isEmpty();
  }
}
