package org.strata.ingest.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;

class GeographyReaderTest {
  private static final String HEADER = "level,code,name,parent_code,police_uk_name\n";
  @TempDir Path dir;

  @Test
  void blankRowsAreNoRecordsAndLaterLinesKeepTheirNumbers() throws Exception {
    // a row of commas was once read and rejected ("level: expected one of …, found \"\""), and every
    // line after an empty one was named one too early
    Path p = Files.writeString(dir.resolve("areas.csv"), HEADER
        + "csp,E22000901,Vale CSP,E23000013,\n,,,,\n\n\"district\",E07000901,\"Vale\nNorth\",E22000901,\n"
        + "ward,E05000001,Vale Ward,E07000901,\n");
    ReadResult<GeographyRow> r = new GeographyReader().read(p);
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.records()).extracting(GeographyRow::code, GeographyRow::line)
        .containsExactly(tuple("E22000901", 2L), tuple("E07000901", 5L));
    assertThat(r.rejects()).extracting(RejectedRow::line).containsExactly(7L);
  }

  @Test
  void aRowTooShortForTheColumnsRefusesTheFileAtItsLine() throws Exception {
    // once "found Index for header 'name' is 2 but CSVRecord only has 2 values!" at the line before
    Path p = Files.writeString(dir.resolve("areas.csv"), HEADER + "csp,E22000901,Vale CSP,E23000013,\n\n"
        + "district,E07000901\n");
    BadInputException e = assertThrows(BadInputException.class, () -> new GeographyReader().read(p));
    assertThat(e.getMessage()).isEqualTo("areas.csv:4: expected 5 fields, found 2 (a line cut short?)");
  }
}
