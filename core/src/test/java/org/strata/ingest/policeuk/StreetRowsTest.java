package org.strata.ingest.policeuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strata.ingest.RejectedRow;

class StreetRowsTest {
  private final List<StreetRow> rows = new ArrayList<>();
  private final List<RejectedRow> rejects = new ArrayList<>();

  private void read(String... lines) {
    StreetRows.read(StreetCsv.HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n", new StreetRows.Sink() {
      @Override
      public void row(StreetRow row) {
        rows.add(row);
      }

      @Override
      public void reject(RejectedRow rejected) {
        rejects.add(rejected);
      }
    });
  }

  @Test
  void readsTypedFieldsWithEmptyAsNullAndQuotesUndone() {
    read("x1,2024-03,West Mercia Police,West Mercia Police, -2.2 ,52.19,\"On or near \"\"The Cross\"\", Foregate\","
        + "E01032250,Worcester 001A,Burglary,,\"\"");

    assertThat(rejects).isEmpty();
    StreetRow r = rows.get(0);
    assertThat(r.line()).isEqualTo(2);
    assertThat(r.month()).isEqualTo(YearMonth.of(2024, 3));
    assertThat(r.longitude()).isEqualTo(-2.2);
    assertThat(r.location()).isEqualTo("On or near \"The Cross\", Foregate");
    assertThat(r.lastOutcome()).isNull();
    assertThat(r.context()).isNull();
  }

  @Test
  void refusesRowsTheDuckDbLoaderRefusesWithLineAndReason() {
    read("a,2024-13,F,F,1,2,L,E01,N 001A,Burglary,,",
        "b,2024-01,F,F,abc,2,L,E01,N 001A,Burglary,,",
        "c,2024-01,F,F,1,2,L,E01",
        "d,2024-01,F,F,1,2,L,E01,N 001A,,,");

    assertThat(rows).isEmpty();
    assertThat(rejects)
        .extracting(RejectedRow::line, RejectedRow::reason)
        .containsExactly(
            tuple(2L, "column \"Month\": expected a month as YYYY-MM, found \"2024-13\""),
            tuple(3L, "column \"Longitude\": expected a decimal number, found \"abc\""),
            tuple(4L, "expected 12 fields, found 8"),
            tuple(5L, "column \"Crime type\": expected a crime type, found none"));
    assertThat(rejects.get(2).raw()).isEqualTo("c,2024-01,F,F,1,2,L,E01");
  }

  @Test
  void skipsBlankLinesAndCountsLinesOfAFieldSpanningTwo() {
    read("a,2024-1,F,F,,,\"two\nlines\",,,Drugs,,", "", "b,2024-01,F,F,,,L,,,Drugs,,");

    assertThat(rejects).isEmpty();
    assertThat(rows).extracting(StreetRow::line, StreetRow::location)
        .containsExactly(tuple(2L, "two\nlines"), tuple(5L, "L"));
    assertThat(rows.get(0).month()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(rows.get(0).longitude()).isNull();
  }
}
