package org.strata.ingest.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;

class LsoaLookupReaderTest {
  @TempDir Path dir;

  @Test
  void readsTheOnsLayoutAndRejectsCodesThatAreNotGss() throws IOException {
    Path p = dir.resolve("lsoa21_lad22.csv");
    Files.writeString(p, "LSOA21CD,LSOA21NM,LAD22CD,LAD22NM,ObjectId\n"
        + "E01029557,Cannock Chase 001A,E07000192,Cannock Chase,1\n"
        + "E01031152,Rugby 012C,E07000220,Rugby,2\n"
        + "95AA01S1,Antrim 1,N09000001,Antrim,3\n", StandardCharsets.UTF_8);
    ReadResult<LsoaLookupRow> r = new LsoaLookupReader().read(p);
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.records()).containsExactly(
        new LsoaLookupRow("E01029557", "Cannock Chase 001A", "E07000192", 2),
        new LsoaLookupRow("E01031152", "Rugby 012C", "E07000220", 3));
    assertThat(r.rejects()).extracting(RejectedRow::line, RejectedRow::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4L,
            "column \"LSOA21CD\": expected a GSS code like E01031152, found \"95AA01S1\""));
  }

  @Test
  void refusesAFileWithoutADistrictColumn() throws IOException {
    Path p = dir.resolve("bad.csv");
    Files.writeString(p, "lsoa_code,name\nE01029557,x\n", StandardCharsets.UTF_8);
    BadInputException e = assertThrows(BadInputException.class, () -> new LsoaLookupReader().read(p));
    assertThat(e.getMessage()).isEqualTo("bad.csv:1: expected an LSOA code column (LSOA21CD or lsoa_code)"
        + " and a district code column (LAD22CD or district_code), found [lsoa_code, name]");
  }

  @Test
  void blankRowsAreNoRecordsAndLaterLinesKeepTheirNumbers() throws IOException {
    // a row of commas was once read and rejected, and every line after an empty one was named one too early
    Path p = dir.resolve("lsoa.csv");
    Files.writeString(p, "LSOA21CD,LSOA21NM,LAD22CD\nE01029557,Cannock Chase 001A,E07000192\n,,\n\n"
        + "95AA01S1,Antrim 1,N09000001\n", StandardCharsets.UTF_8);
    ReadResult<LsoaLookupRow> r = new LsoaLookupReader().read(p);
    assertThat(r.rowsRead()).isEqualTo(2);
    assertThat(r.rejects()).extracting(RejectedRow::line, RejectedRow::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5L,
            "column \"LSOA21CD\": expected a GSS code like E01031152, found \"95AA01S1\""));
  }

  @Test
  void aRowTooShortForTheColumnsRefusesTheFileAtItsLine() throws IOException {
    Path p = dir.resolve("lsoa.csv");
    Files.writeString(p, "LSOA21CD,LSOA21NM,LAD22CD\nE01029557,Cannock Chase 001A,E07000192\n\nE01029558,x\n",
        StandardCharsets.UTF_8);
    BadInputException e = assertThrows(BadInputException.class, () -> new LsoaLookupReader().read(p));
    assertThat(e.getMessage()).isEqualTo("lsoa.csv:4: expected 3 fields, found 2 (a line cut short?)");
  }
}
