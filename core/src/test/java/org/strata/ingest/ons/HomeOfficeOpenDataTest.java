package org.strata.ingest.ons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.strata.ingest.ons.OnsCspReaderTest.fixture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.reference.Period;

class HomeOfficeOpenDataTest {
  private static final String TOTAL = "Total recorded crime (excluding fraud)";
  private final OnsCspReader reader = new OnsCspReader();
  @TempDir Path tmp;

  /** Zips a content.xml fixture into an .ods (mimetype first, stored), as LibreOffice does. */
  static Path ods(String contentXml, Path out) throws IOException {
    byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
    try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(Files.readAllBytes(fixture(contentXml)));
      zip.closeEntry();
    }
    return out;
  }

  private static long sum(ReadResult<OffenceCountRow> r, String code, String category, Period within) {
    return r.records().stream()
        .filter(x -> x.areaCode().equals(code) && x.category().equals(category) && within.contains(x.period()))
        .mapToLong(x -> x.count() == null ? 0 : x.count())
        .sum();
  }

  @Test
  void readsEveryYearSheetOfAPaddedOdsWithNewHeaders() throws IOException {
    Path file = ods("ho_open_data_new.content.xml", tmp.resolve("prc-csp-mar2023-mar2024-tables.ods"));
    OnsCspReader.Outcome outcome = reader.readWithSource(file, null);
    assertThat(outcome.layout()).isEqualTo(OnsCspReader.Layout.OPEN_DATA);
    assertThat(outcome.sheet()).isEqualTo(Optional.of("2022_23, 2023_24"));
    ReadResult<OffenceCountRow> r = outcome.result();
    assertThat(r.rowsRead()).isEqualTo(42);
    assertThat(r.rowsLoaded()).isEqualTo(40);
    assertThat(r.rejects()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
        tuple(22L, "sheet \"2022_23\": column \"Offence Subgroup\": expected a name in the offence crosswalk"
            + " (docs/method.md), found \"Widget theft\""),
        tuple(22L, "sheet \"2023_24\": column \"Offence Subgroup\": expected a name in the offence crosswalk"
            + " (docs/method.md), found \"Widget theft\""));
    Period fy22 = Period.parse("2022-23");
    Period fy23 = Period.parse("2023-24");
    assertThat(sum(r, "E07000192", TOTAL, fy22)).isEqualTo(520);
    assertThat(sum(r, "E07000192", TOTAL, fy23)).isEqualTo(480);
    assertThat(sum(r, "E07000192", "Shoplifting", fy22)).isEqualTo(21 + 22 + 23 + 24);
    assertThat(sum(r, "E07000192", "Burglary", fy22)).isEqualTo(20);
    assertThat(sum(r, "E07000199", "Shoplifting", fy23)).isEqualTo(120);
    assertThat(sum(r, "E23000015:unassigned", TOTAL, fy23)).isEqualTo(8);
    assertThat(r.records()).filteredOn(x -> x.areaCode().equals("E23000015:unassigned"))
        .extracting(OffenceCountRow::unit, OffenceCountRow::areaName).containsOnly(tuple("unassigned", "Unassigned Staffordshire"));
    assertThat(outcome.note()).isEqualTo("Updated: 23 July 2026; Force notes: Staffordshire: offences in Cannock Chase"
        + " for 2022/23 quarter 1 were recorded under Unassigned Staffordshire.");
  }

  @Test
  void readsOldHeadersFloatCountsAndHomeOfficeCspNames() {
    OnsCspReader.Outcome outcome = reader.readWithSource(fixture("ho_open_data_old.csv"), null);
    ReadResult<OffenceCountRow> r = outcome.result();
    assertThat(r.rowsRead()).isEqualTo(8);
    assertThat(r.rowsLoaded()).isEqualTo(5);
    assertThat(r.rejects()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
        tuple(7L, "column \"CSP Name\": expected a Community Safety Partnership name (or `strata ingest areas` to"
            + " declare it), found \"Southern Devon\""),
        tuple(8L, "column \"Force Name\": expected a police force area name, found \"Atlantis\""),
        tuple(9L, "column \"Number of Offences\": expected a whole number, found \"2.5\""));
    Period q1 = Period.parse("2016-04..2016-06");
    assertThat(r.records())
        .extracting(OffenceCountRow::areaCode, OffenceCountRow::category, OffenceCountRow::count)
        .containsExactly(
            tuple("E07000112", "Residential burglary", 7L),
            tuple("E07000112", "Burglary", 10L),
            tuple("E07000112", "Theft offences", 10L),
            tuple("E07000112", TOTAL, 10L),
            tuple("E07000112", "Non-residential burglary", 3L),
            tuple("E09000001", "Criminal damage and arson", 1L),
            tuple("E09000001", TOTAL, 1L),
            tuple("E22000363", "Sexual offences", 1002L),
            tuple("E22000363", TOTAL, 1002L));
    assertThat(r.records()).allSatisfy(x -> assertThat(x.period()).isEqualTo(q1));
    assertThat(r.records()).extracting(OffenceCountRow::areaCode, OffenceCountRow::pfaCode).contains(
        tuple("E07000112", "E23000032"), tuple("E09000001", "E23000034"), tuple("E22000363", "E23000035"));
  }

  @Test
  void readsOldHeadersFromAnXlsxSheet() throws IOException {
    Path xlsx = Workbooks.xlsx(fixture("ho_open_data_old.csv"), tmp.resolve("prc-csp-mar16-mar17.xlsx"), "2016_17");
    ReadResult<OffenceCountRow> r = reader.read(xlsx, null);
    assertThat(r.rowsRead()).isEqualTo(8);
    assertThat(r.rowsLoaded()).isEqualTo(5);
    assertThat(sum(r, "E22000363", TOTAL, Period.parse("2016-17"))).isEqualTo(1002);
  }

  @Test
  void refusesAYearSheetWithoutItsCountColumnNamingTheSheet() throws IOException {
    Path csv = tmp.resolve("bad.csv");
    Files.writeString(csv, "Financial Year,Financial Quarter,Police Force,CSP Name,Offence Group,Offence Subgroup,Count\n");
    Path xlsx = Workbooks.xlsx(csv, tmp.resolve("bad.xlsx"), "2021_22");
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(xlsx, null));
    assertEquals("bad.xlsx:1: sheet \"2021_22\": expected column \"Offence Count\" or \"Number of Offences\", found"
        + " \"Financial Year\", \"Financial Quarter\", \"Police Force\", \"CSP Name\", \"Offence Group\","
        + " \"Offence Subgroup\", \"Count\"", e.getMessage());
  }
}
