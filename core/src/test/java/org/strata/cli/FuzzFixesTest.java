package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.cli.config.AssessmentConfigReader;
import org.strata.common.BadInputException;

/** Each failure {@link ReaderFuzzTest} found, shrunk to a plain case, as jsoup's FuzzFixesTest. */
class FuzzFixesTest {
  @TempDir Path dir;

  @Test
  void aConfigPeriodThatIsNoPeriodIsRefusedAtItsLineNotAsAUsageError() throws Exception {
    Path config = Files.writeString(dir.resolve("assessment.yaml"), "area: Cannock Chase\nbaseline: 2024-0\n");
    BadInputException e = assertThrows(BadInputException.class, () -> AssessmentConfigReader.read(config));
    assertThat(e.getMessage()).isEqualTo("assessment.yaml:2: baseline: period \"2024-0\": expected a"
        + " financial year (2023-24), a month (2024-03) or a range (2024-07..2025-06)");
  }

  @Test
  void anAreasFileWithAQuoteNeverClosedIsRefusedNotUnreadable() throws Exception {
    Path areas = Files.writeString(dir.resolve("areas.csv"),
        "level,code,name,parent_code,police_uk_name\ncsp,E22000901,\"Vale CSP,E23000013,\n");
    CliRunner r = CliRunner.run("ingest", "areas", areas.toString(), "--db", dir.resolve("s.duckdb").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("areas.csv:1: expected CSV text, found ")
        .contains("EOF reached before encapsulated token finished");
  }

  @Test
  void anArchiveWhoseEntryNameIsNotUtf8IsRefusedAsDamaged() throws Exception {
    Path zip = dir.resolve("2024-01.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.ISO_8859_1)) {
      z.putNextEntry(new ZipEntry("2024-01/caf\u00e9-street.csv"));
      z.write(IngestCommandTest.HEADER.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    CliRunner r = CliRunner.run("ingest", "police-uk", zip.toString(), "--db", dir.resolve("s.duckdb").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("2024-01.zip:1: expected a readable zip archive, found a damaged one"
        + " (malformed input");
  }

  @Test
  void aDeclaredAreaWithAHugeCodeIsARejectedRowNotAnEngineError() throws Exception {
    Path areas = Files.writeString(dir.resolve("areas.csv"), "level,code,name,parent_code,police_uk_name\n"
        + "district," + "A".repeat(133_000) + "E07000901,Vale North,E23000013,\n");
    CliRunner r = CliRunner.run("ingest", "areas", areas.toString(), "--db", dir.resolve("s.duckdb").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("rows read 1 = loaded 0 + rejected 1");
    CliRunner rejects = CliRunner.run("rejects", "--db", dir.resolve("s.duckdb").toString());
    assertThat(rejects.out()).contains("areas.csv:2: column \"code\": expected a GSS code like E07000192, found \""
        + "A".repeat(40) + "…\"");
  }
}
