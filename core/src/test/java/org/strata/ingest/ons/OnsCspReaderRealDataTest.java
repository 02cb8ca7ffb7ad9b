package org.strata.ingest.ons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.reference.Period;

/** Table C2, year ending June 2025, as ONS published it (from ../shared/fixtures; skipped when absent). */
class OnsCspReaderRealDataTest {
  private static final Path C2 =
      org.strata.SharedFixtures.DIR.resolve("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
  private static ReadResult<OffenceCountRow> result;

  @BeforeAll
  static void read() {
    org.strata.SharedFixtures.requirePath(C2);
    result = new OnsCspReader().read(C2, null);
  }

  private static Long count(String area, String category) {
    return result.records().stream()
        .filter(r -> r.areaCode().equals(area) && r.category().equals(category))
        .findFirst().orElseThrow().count();
  }

  private static java.util.Set<String> codes(String unit) {
    return result.records().stream().filter(r -> r.unit().equals(unit)).map(OffenceCountRow::areaCode)
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void readsEveryDataRow() {
    // 412 lines: 7 preamble lines, a header spanning 6 lines, 399 data rows
    assertThat(result.rowsRead()).isEqualTo(399);
    // two unassigned rows carry another force's code: South Wales has Gwent's, Surrey has Kent's
    assertThat(result.rowsLoaded()).isEqualTo(397);
    assertThat(result.rejects()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
        tuple(309L, "expected one row per area, found \"W15000003:unassigned\" again (first on line 134)"),
        tuple(344L, "expected one row per area, found \"E23000032:unassigned\" again (first on line 180)"));
    // 397 rows x 23 offences, plus City of London again as its force
    assertThat(result.records()).hasSize(398 * 23);
  }

  @Test
  void takesThePeriodFromTheTitle() {
    assertThat(result.records()).allMatch(r -> r.period().equals(Period.parse("2024-07..2025-06")));
  }

  @Test
  void readsCannockChaseAndStaffordshire() {
    assertThat(count("E07000192", "Total recorded crime (excluding fraud)")).isEqualTo(7630);
    assertThat(count("E07000192", "Violence against the person")).isEqualTo(3209);
    assertThat(count("E07000192", "Stalking and harassment")).isEqualTo(1432);
    assertThat(count("E07000192", "Shoplifting")).isEqualTo(975);
    assertThat(count("E23000015", "Total recorded crime (excluding fraud)")).isEqualTo(86529);
    assertThat(result.records()).filteredOn(r -> r.areaCode().equals("E07000192")).first()
        .extracting(OffenceCountRow::unit, OffenceCountRow::pfaCode, OffenceCountRow::line)
        .containsExactly("district", "E23000015", 318L);
  }

  @Test
  void readsCityOfLondonAsDistrictAndForce() {
    assertThat(result.records())
        .filteredOn(r -> r.category().equals("Total recorded crime (excluding fraud)") && r.pfaCode().equals("E23000034"))
        .extracting(OffenceCountRow::areaCode, OffenceCountRow::unit, OffenceCountRow::count, OffenceCountRow::published)
        .containsExactly(tuple("E09000001", "district", 8801L, true), tuple("E23000034", "police_force_area", 8801L, true));
  }

  @Test
  void readsCombinedCspsAsCspUnitsAndCodelessUnits() {
    assertThat(codes("csp")).contains("E22000362", "W14000023").allMatch(c -> c.startsWith("E22") || c.startsWith("W14"));
    // 11 "Combined Local Authorities" CSPs plus 14 legacy CSPs whose rows share a new unitary's code
    assertThat(codes("csp")).hasSize(25).contains("E22000306", "E22000318");
    assertThat(codes("police_force_area")).hasSize(43);
    assertThat(count("E23000005:manchester-airport", "Total recorded crime (excluding fraud)")).isEqualTo(1516);
    assertThat(result.records()).filteredOn(r -> r.areaCode().equals("E23000038"))
        .extracting(OffenceCountRow::areaName).containsOnly("Wiltshire");
  }
}
