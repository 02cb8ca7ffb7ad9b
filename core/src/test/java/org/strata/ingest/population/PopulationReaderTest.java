package org.strata.ingest.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;
import org.strata.ingest.PopulationRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;

class PopulationReaderTest {
  private static final Path FIXTURES = org.strata.SharedFixtures.DIR.resolve("population");
  private final PopulationReader reader = new PopulationReader();
  @TempDir Path tmp;

  @Test
  void readsWideMye4CsvWithPreambleAndSeparators() throws Exception {
    Path file = Files.writeString(tmp.resolve("mye4.csv"), "Population estimates,,,\n\n"
        + "Code,Name,Geography,Mid-2023,Mid-2022\n"
        + "E07000192,Cannock Chase,Non-metropolitan District,\"102,838\",101144\n"
        + "E07000193,East Staffordshire,Non-metropolitan District,12x,1\n"
        + ",Nowhere,Country,1,2\n");
    ReadResult<PopulationRow> result = reader.read(file);
    assertThat(result.rowsRead()).isEqualTo(3);
    assertThat(result.records()).containsExactly(
        new PopulationRow("E07000192", "Cannock Chase", 2023, 102838, 4),
        new PopulationRow("E07000192", "Cannock Chase", 2022, 101144, 4));
    assertThat(result.rejects()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
        tuple(5L, "column \"Mid-2023\": expected a whole number, found \"12x\""),
        tuple(6L, "column \"Code\": expected an area code, found \"\""));
  }

  @Test
  void readsLongCsv() throws Exception {
    Path file = Files.writeString(tmp.resolve("long.csv"),
        "area_code,area_name,year,persons\nE07000192,Cannock Chase,2023,\"102,838\"\nE07000192,Cannock Chase,20x3,5\n");
    ReadResult<PopulationRow> result = reader.read(file);
    assertThat(result.records()).containsExactly(new PopulationRow("E07000192", "Cannock Chase", 2023, 102838, 2));
    assertThat(result.rejects()).extracting(RejectedRow::reason)
        .containsExactly("column \"year\": expected a year like 2023, found \"20x3\"");
  }

  @Test
  void refusesWideHeaderWithoutCode() throws Exception {
    Path file = Files.writeString(tmp.resolve("nocode.csv"), "title\nName,Mid-2023\nX,1\n");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
    assertEquals("nocode.csv:2: expected column \"Code\", found \"Name\", \"Mid-2023\"", e.getMessage());
  }

  @Test
  void refusesFileWithoutHeader() throws Exception {
    Path file = Files.writeString(tmp.resolve("none.csv"), "a,b\n1,2\n");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
    assertEquals("none.csv:1: expected a header with \"Code\" and \"Mid-<year>\" columns (MYE4) or"
        + " \"area_code,area_name,year,persons\", found \"a\", \"b\"", e.getMessage());
  }

  @Test
  void readsRealMye4Csv() {
    Path csv = FIXTURES.resolve("mye4_population_timeseries_mid2011_mid2023_lad.csv");
    org.strata.SharedFixtures.requirePath(csv);
    ReadResult<PopulationRow> result = reader.read(csv);
    assertThat(result.rejects()).isEmpty();
    assertThat(result.rowsRead()).isEqualTo(357);
    assertThat(result.records()).hasSize(357 * 13);
    Map<String, PopulationRow> mid2023 = byCode(result, 2023);
    assertThat(mid2023.get("E07000192").persons()).isEqualTo(102838);
    assertThat(mid2023.get("K04000001").persons()).isEqualTo(60854727);
  }

  @Test
  void readsRealWorkbookSheetMye4LikeTheCsv() {
    Path csv = FIXTURES.resolve("mye4_population_timeseries_mid2011_mid2023_lad.csv");
    Path xlsx = FIXTURES.resolve("mye23tablesew.xlsx");
    org.strata.SharedFixtures.requirePath(csv);
    org.strata.SharedFixtures.requirePath(xlsx);
    ReadResult<PopulationRow> fromCsv = reader.read(csv);
    ReadResult<PopulationRow> fromXlsx = reader.read(xlsx);
    assertThat(fromXlsx.rejects()).isEmpty();
    for (String code : List.of("K04000001", "E07000192", "W06000022", "E12000001")) {
      for (int year : List.of(2023, 2017, 2011)) {
        assertThat(byCode(fromXlsx, year).get(code).persons()).as(code + " " + year)
            .isEqualTo(byCode(fromCsv, year).get(code).persons());
      }
    }
  }

  private static Map<String, PopulationRow> byCode(ReadResult<PopulationRow> result, int year) {
    return result.records().stream().filter(r -> r.year() == year)
        .collect(Collectors.toMap(PopulationRow::areaCode, Function.identity(), (a, b) -> a));
  }
}
