package org.strata.ingest.ons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.strata.ingest.ons.OnsCspReaderTest.fixture;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.reference.Period;

class TableP1Test {
  private static final String TOTAL = "Total recorded crime (excluding fraud)";
  private final OnsCspReader reader = new OnsCspReader();
  @TempDir Path tmp;

  @Test
  void readsCountriesRegionsForcesAndBritishTransportPoliceAsPublished() {
    OnsCspReader.Outcome outcome = reader.readWithSource(fixture("p1_small.csv"), null);
    assertThat(outcome.layout()).isEqualTo(OnsCspReader.Layout.BULLETIN_P1);
    ReadResult<OffenceCountRow> r = outcome.result();
    assertThat(r.rowsRead()).isEqualTo(8);
    assertThat(r.rowsLoaded()).isEqualTo(6);
    assertThat(r.rejects()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
        tuple(12L, "column \"Area Code\": expected a GSS code (K04, E92/W92, E12, E23/W15) or British Transport"
            + " Police, found \"E99999999\" (Nowhere)"),
        tuple(13L, "column \"Total recorded crime (excluding fraud)\": expected a whole number or [x], found \"12x\""));
    assertThat(r.records()).filteredOn(x -> x.category().equals(TOTAL))
        .extracting(OffenceCountRow::areaCode, OffenceCountRow::areaName, OffenceCountRow::unit, OffenceCountRow::count)
        .containsExactly(
            tuple("K04000001", "ENGLAND AND WALES", "england_and_wales", 5_287_312L),
            tuple("E92000001", "ENGLAND", "country", 5_001_200L),
            tuple("W92000004", "WALES", "country", 202_949L),
            tuple("E12000005", "West Midlands", "region", 560_000L),
            tuple("E23000015", "Staffordshire", "police_force_area", 79_000L),
            tuple(P1Table.BTP, "British Transport Police", "other", 83_163L));
    assertThat(r.records()).extracting(OffenceCountRow::category).contains(
        "Death or serious injury - unlawful driving", "Other theft offences");
    assertThat(r.records()).filteredOn(x -> x.areaCode().equals("W92000004")
        && x.category().startsWith("Death")).extracting(OffenceCountRow::count).containsExactly((Long) null);
    assertThat(r.records()).allSatisfy(x -> {
      assertThat(x.published()).isTrue();
      assertThat(x.period()).isEqualTo(Period.parse("2024-07..2025-06"));
    });
  }

  @Test
  void readsP1AndC2SheetsOfOneWorkbookTogether() throws IOException {
    Path book = Workbooks.xlsxSheets(tmp.resolve("police-force-area-tables.xlsx"),
        fixture("c2_small.csv"), "Table C2", fixture("p1_small.csv"), "Table P1");
    OnsCspReader.Outcome outcome = reader.readWithSource(book, null);
    assertThat(outcome.sheet()).hasValue("Table C2, Table P1");
    assertThat(outcome.result().records()).extracting(OffenceCountRow::unit).contains("district", "region", "other");
  }
}
