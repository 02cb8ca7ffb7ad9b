package org.strata.ingest.policeuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;

class StreetCsvCheckTest {
  static final String HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context\r\n";
  static final String ROW =
      "abc,2024-01,Rugby Police,Warwickshire Police,-1.26,52.37,On or near High Street,E01031152,"
          + "Rugby 012C,Shoplifting,Under investigation,\r\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void acceptsAPublishedFileAndReadsItsForceAndMonth() throws IOException {
    Path p = write("2024-01-warwickshire-street.csv", HEADER + ROW + ROW);
    PoliceUkFile f = StreetCsvCheck.check(p, p.toString());
    assertThat(f.fallsWithin()).isEqualTo("Warwickshire Police");
    assertThat(f.month()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(f.sha256()).hasSize(64);
    assertThat(f.bytes()).isEqualTo(Files.size(p));
  }

  @Test
  void acceptsAByteOrderMarkAndAMissingFinalLineBreak() throws IOException {
    Path p = write("bom.csv", "\uFEFF" + HEADER + ROW.strip());
    assertThat(StreetCsvCheck.check(p, p.toString()).month()).isEqualTo(YearMonth.of(2024, 1));
  }

  @Test
  void refusesAFileMissingAColumnNamingIt() throws IOException {
    Path p = write("cut.csv", HEADER.replace("Crime type,", "") + ROW);
    BadInputException e = assertThrows(BadInputException.class, () -> StreetCsvCheck.check(p, p.toString()));
    assertThat(e.getMessage())
        .startsWith("cut.csv:1: expected the 12 police.uk columns (Crime ID,Month,")
        .contains("found no column \"Crime type\" in header \"Crime ID,Month,");
  }

  @Test
  void refusesAFileTruncatedMidRecordAtItsLastLine() throws IOException {
    Path p = write("half.csv", HEADER + ROW + ROW + "def,2024-01,Rugby Police,Warw");
    BadInputException e = assertThrows(BadInputException.class, () -> StreetCsvCheck.check(p, p.toString()));
    assertThat(e.getMessage())
        .isEqualTo("half.csv:4: expected a complete record of 12 fields, found 4 before the end of"
            + " the file (file truncated?)");
  }

  @Test
  void refusesBinaryData() throws IOException {
    Path p = dir.resolve("noise.csv");
    Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    BadInputException e = assertThrows(BadInputException.class, () -> StreetCsvCheck.check(p, p.toString()));
    assertThat(e.getMessage())
        .isEqualTo("noise.csv:1: expected a police.uk street-level CSV (UTF-8 text), found binary data");
  }

  @Test
  void refusesWindows1252TextNamingTheLineAndTheFix() throws IOException {
    Path p = dir.resolve("cp1252.csv");
    Files.write(p, (HEADER + ROW + ROW.replace("Rugby", "Caf\u00e9 Rugby")).getBytes(java.nio.charset.Charset.forName("windows-1252")));
    BadInputException e = assertThrows(BadInputException.class, () -> StreetCsvCheck.check(p, p.toString()));
    assertThat(e.getMessage())
        .isEqualTo("cp1252.csv:3: expected UTF-8 text, found bytes that are not UTF-8 (save the file as \"CSV UTF-8\")");
  }

  @Test
  void refusesColumnsInAnotherOrder() throws IOException {
    Path p = write("order.csv", HEADER.replace("Longitude,Latitude", "Latitude,Longitude") + ROW);
    BadInputException e = assertThrows(BadInputException.class, () -> StreetCsvCheck.check(p, p.toString()));
    assertThat(e.getMessage()).isEqualTo("order.csv:1: expected column 5 to be \"Longitude\", found \"Latitude\"");
  }

  @Property(tries = 200)
  void arbitraryBytesEitherPassOrAreRefusedWithAPosition(@ForAll @Size(max = 400) byte[] bytes)
      throws IOException {
    Path p = Files.createTempFile("fuzz", ".csv");
    try {
      Files.write(p, bytes);
      try {
        StreetCsvCheck.check(p, p.toString());
      } catch (BadInputException e) {
        long lines = 1 + new String(bytes, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
        assertThat(e.position().line()).isBetween(1L, lines);
      }
    } finally {
      Files.deleteIfExists(p);
    }
  }
}
