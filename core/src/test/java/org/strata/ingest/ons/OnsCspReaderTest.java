package org.strata.ingest.ons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.reference.Period;

class OnsCspReaderTest {
  private final OnsCspReader reader = new OnsCspReader();
  @TempDir Path tmp;

  static Path fixture(String name) {
    try {
      return Path.of(OnsCspReaderTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsBulletinCsvWithPreambleMultiLineHeaderAndShorthand() {
    ReadResult<OffenceCountRow> result = reader.read(fixture("c2_small.csv"), null);
    assertC2Small(result, 10);
  }

  /** The small bulletin's rows; the first data row is CSV line 10 or sheet row 5. */
  static void assertC2Small(ReadResult<OffenceCountRow> result, long first) {
    assertThat(result.rowsRead()).isEqualTo(6);
    assertThat(result.rowsLoaded()).isEqualTo(6);
    assertThat(result.rejects()).isEmpty();
    assertThat(result.records()).hasSize(21);
    assertThat(result.records()).allSatisfy(r -> assertThat(r.period()).isEqualTo(Period.financialYear(2023)));
    assertThat(result.records())
        .filteredOn(r -> r.category().equals("Total recorded crime (excluding fraud)"))
        .extracting(OffenceCountRow::areaCode, OffenceCountRow::areaName, OffenceCountRow::unit,
            OffenceCountRow::pfaCode, OffenceCountRow::count, OffenceCountRow::published, OffenceCountRow::line)
        .containsExactly(
            tuple("E23000015", "Staffordshire", "police_force_area", "E23000015", 86529L, true, first + 0),
            tuple("E07000192", "Cannock Chase", "district", "E23000015", 7630L, true, first + 1),
            tuple("E23000015:unassigned", "Unassigned Staffordshire", "unassigned", "E23000015", 120L, true, first + 2),
            tuple("E22000362", "East and Mid Devon", "csp", "E23000035", 10997L, true, first + 3),
            tuple("E23000005:manchester-airport", "Manchester Airport", "other", "E23000005", 1516L, true, first + 4),
            tuple("E09000001", "City of London", "district", "E23000034", 8801L, true, first + 5),
            tuple("E23000034", "City of London", "police_force_area", "E23000034", 8801L, true, first + 5));
    assertThat(result.records())
        .filteredOn(r -> r.areaCode().equals("E23000015:unassigned"))
        .extracting(OffenceCountRow::category, OffenceCountRow::count)
        .containsExactly(tuple("Total recorded crime (excluding fraud)", 120L), tuple("Homicide", null),
            tuple("Shoplifting", 3L));
  }

  @Test
  void readsBulletinFromXlsxChoosingTheTableC2Sheet() throws Exception {
    Path xlsx = Workbooks.xlsx(fixture("c2_small.csv"), tmp.resolve("c2.xlsx"), "Table C2");
    OnsCspReader.Outcome outcome = reader.readWithSource(xlsx, null);
    assertThat(outcome.layout()).isEqualTo(OnsCspReader.Layout.BULLETIN_C2);
    assertThat(outcome.sheet()).contains("Table C2");
    assertC2Small(outcome.result(), 5);
  }

  @Test
  void readsBulletinFromOdsChoosingTheTableC2Sheet() throws Exception {
    Path ods = Workbooks.ods(fixture("c2_small.csv"), tmp.resolve("c2.ods"), "Table C2");
    OnsCspReader.Outcome outcome = reader.readWithSource(ods, null);
    assertThat(outcome.sheet()).contains("Table C2");
    assertC2Small(outcome.result(), 5);
  }

  @Test
  void givenPeriodOverridesTheTitle() {
    Period p = Period.parse("2024-07..2025-06");
    assertThat(reader.read(fixture("c2_small.csv"), p).records()).allMatch(r -> r.period().equals(p));
  }

  @Test
  void refusesBulletinWithoutTitleOrPeriod() throws Exception {
    Path file = tmp.resolve("untitled.csv");
    Files.writeString(file, "Police Force Area code,Police Force Area name,Community Safety Partnership code,"
        + "Community Safety Partnership name,Local Authority code,Total recorded crime (excluding fraud)\n"
        + "E23000015,Staffordshire,,,,5\n");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file, null));
    assertEquals("untitled.csv:1: expected a title with \"year ending <Month> <Year>\" or --period, found no title",
        e.getMessage());
    assertThat(reader.read(file, Period.financialYear(2023)).records()).hasSize(1);
  }

  @Test
  void rejectsRowsWithMalformedCountsNamingTheColumn() throws Exception {
    Path file = tmp.resolve("bad.csv");
    Files.writeString(file, "year ending March 2024\nPolice Force Area code,Police Force Area name,"
        + "Community Safety Partnership code,Community Safety Partnership name,Local Authority code,Homicide\n"
        + "E23000015,Staffordshire,,,,12x\nE23000015,Staffordshire,E22000263,Cannock Chase,E07000192,\" 1 234 \"\n");
    ReadResult<OffenceCountRow> result = reader.read(file, null);
    assertThat(result.rowsRead()).isEqualTo(2);
    assertThat(result.rejects()).containsExactly(new RejectedRow(3,
        "column \"Homicide\": expected a whole number or [x], found \"12x\"", "E23000015,Staffordshire,,,,12x"));
    assertThat(result.records()).extracting(OffenceCountRow::count).containsExactly(1234L);
  }

  @Test
  void aNoteBelowTheTableIsARejectedRowNotAForce() throws Exception {
    // once loaded as a police force area coded "Source: Police recorded crime…", its counts empty
    Path file = tmp.resolve("c2_note.csv");
    Files.writeString(file, "year ending March 2024\nPolice Force Area code,Police Force Area name,"
        + "Community Safety Partnership code,Community Safety Partnership name,Local Authority code,Homicide\n"
        + "E23000015,Staffordshire,,,,7\n,,,,,\nSource: Police recorded crime from the Home Office,,,,,\n");
    ReadResult<OffenceCountRow> result = reader.read(file, null);
    assertThat(result.rowsRead()).isEqualTo(2);
    assertThat(result.records()).extracting(OffenceCountRow::areaCode).containsExactly("E23000015");
    assertThat(result.rejects()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(tuple(5L,
        "column \"Police Force Area code\": expected a police force area code like E23000015, found"
            + " \"Source: Police recorded crime from the Home Office\""));
  }

  @Test
  void readsOpenDataSummingIntoHeadlineCategoriesAndLeavingFraudOutOfTheTotal() {
    OnsCspReader.Outcome outcome = reader.readWithSource(fixture("open_data_small.csv"), null);
    assertThat(outcome.layout()).isEqualTo(OnsCspReader.Layout.OPEN_DATA);
    assertThat(outcome.sheet()).isEqualTo(Optional.empty());
    ReadResult<OffenceCountRow> result = outcome.result();
    assertThat(result.rowsRead()).isEqualTo(8);
    assertThat(result.rowsLoaded()).isEqualTo(5);
    assertThat(result.rejects()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
        tuple(6L, "column \"Number of Offences\": expected a whole number, found \"12x\""),
        tuple(8L, "column \"Financial Quarter\": expected 1, 2, 3 or 4, found \"5\""),
        tuple(9L, "column \"Financial Year\": expected a financial year like 2023/24, found \"2023\""));
    Period q1 = Period.parse("2023-04..2023-06");
    Period q4 = Period.parse("2024-01..2024-03");
    assertThat(result.records())
        .extracting(OffenceCountRow::period, OffenceCountRow::category, OffenceCountRow::count, OffenceCountRow::line)
        .containsExactly(
            tuple(q1, "Violence with injury", 10L, 2L),
            tuple(q1, "Violence against the person", 1244L, 2L),
            tuple(q1, "Total recorded crime (excluding fraud)", 1249L, 2L),
            tuple(q1, "Stalking and harassment", 1234L, 3L),
            tuple(q1, "Shoplifting", 5L, 4L),
            tuple(q1, "Theft offences", 5L, 4L),
            tuple(q4, "Violence with injury", 3L, 7L),
            tuple(q4, "Violence against the person", 3L, 7L),
            tuple(q4, "Total recorded crime (excluding fraud)", 3L, 7L));
    assertThat(result.records()).allSatisfy(r -> {
      assertThat(r.areaCode()).isEqualTo("E07000192");
      assertThat(r.areaName()).isEqualTo("Cannock Chase");
      assertThat(r.unit()).isEqualTo("csp_name");
      assertThat(r.pfaCode()).isEqualTo("E23000015");
      assertThat(r.published()).isFalse();
    });
  }

  @Test
  void refusesOpenDataWithoutCountColumn() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> reader.read(fixture("open_data_missing_count.csv"), null));
    assertEquals("open_data_missing_count.csv:1: expected column \"Offence Count\" or \"Number of Offences\", found \"Financial Year\","
        + " \"Financial Quarter\", \"Force Name\", \"CSP Name\", \"Offence Group\", \"Offence Subgroup\"", e.getMessage());
  }

  @Test
  void refusesBulletinWithoutCspCodeColumn() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> reader.read(fixture("c2_missing_column.csv"), null));
    assertEquals("c2_missing_column.csv:1: expected column \"Community Safety Partnership code\", found"
        + " \"Police Force Area code\", \"Police Force Area name\", \"Community Safety Partnership name\","
        + " \"Local Authority code\", \"Total recorded crime (excluding fraud)\"", e.getMessage());
  }

  @Test
  void refusesTruncatedCsv() {
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(fixture("c2_truncated.csv"), null));
    assertEquals("c2_truncated.csv:4: expected 8 fields, found 5 (file truncated?)", e.getMessage());
  }

  @Test
  void refusesExtraNonEmptyFieldsButToleratesTrailingEmptyOnes() throws Exception {
    Path file = tmp.resolve("wide.csv");
    String head = "year ending March 2024\nPolice Force Area code,Police Force Area name,Community Safety Partnership code,"
        + "Community Safety Partnership name,Local Authority code,Homicide\n";
    Files.writeString(file, head + "E23000015,Staffordshire,,,,1,,\n");
    assertThat(reader.read(file, null).rowsLoaded()).isEqualTo(1);
    Files.writeString(file, head + "E23000015,Staffordshire,,,,1,,9\n");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file, null));
    assertEquals("wide.csv:3: expected 6 fields, found 8", e.getMessage());
  }

  @Test
  void refusesBinaryData() {
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(fixture("binary.csv"), null));
    assertEquals("binary.csv:1: expected a CSV or spreadsheet, found binary data", e.getMessage());
  }

  @Test
  void refusesWorkbookNamedCsv() throws Exception {
    Path xlsx = Workbooks.xlsx(fixture("c2_small.csv"), tmp.resolve("really.csv"), "Table C2");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(xlsx, null));
    assertEquals("really.csv:1: expected CSV text, found a zip archive (an XLSX workbook named .csv?)", e.getMessage());
  }

  @Test
  void refusesTextNamedXlsx() throws Exception {
    Path file = Files.writeString(tmp.resolve("fake.xlsx"), "a,b\n");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file, null));
    assertEquals("fake.xlsx:1: expected an XLSX workbook (a zip archive), found text", e.getMessage());
  }

  @Test
  void refusesFileWithoutRecognisableHeader() throws Exception {
    Path file = Files.writeString(tmp.resolve("other.csv"), "\uFEFFname,value\nx,1\n");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file, null));
    assertEquals("other.csv:1: " + OnsCspReader.NO_HEADER + "\"name\", \"value\"", e.getMessage());
  }

  @Test
  void refusesEmptyFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("empty.csv"), "");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file, null));
    assertEquals("empty.csv:1: " + OnsCspReader.NO_HEADER + "an empty file", e.getMessage());
  }

  @Test
  void refusesTextThatIsNotUtf8() throws Exception {
    Path file = Files.write(tmp.resolve("latin1.csv"), List.of("a,b", "caf\u00e9,1").stream()
        .map(s -> s + "\n").reduce("", String::concat).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file, null));
    assertEquals("latin1.csv:2: expected UTF-8 text, found bytes that are not UTF-8 (save the file as \"CSV UTF-8\")",
        e.getMessage());
  }
}
