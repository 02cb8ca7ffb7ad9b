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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    assertThat(r.err()).startsWith("areas.csv:2: expected CSV text, found ")
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

  @Test
  void aPoliceUkFileWithLoneCarriageReturnLineEndingsIsRefusedNotAnEngineError() throws Exception {
    // The header check split lines at a lone \r while the loader did not: the file's 24 rows reached
    // DuckDB as one line and the load failed with "NOT NULL constraint failed" (exit 3).
    String lf = IngestCommandTest.HEADER + "id1,2024-01,Warwickshire Police,Warwickshire Police,-1.26,52.37,"
        + "On or near High Street,E01031152,Rugby 012C,Shoplifting,Under investigation,\n";
    Path csv = dir.resolve("2024-01-warwickshire-street.csv");
    Files.writeString(csv, lf.replace("\r\n", "\n").replace("\n", "\r"));
    CliRunner r = CliRunner.run("ingest", "police-uk", csv.toString(), "--db", dir.resolve("s.duckdb").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("2024-01-warwickshire-street.csv:1: expected lines ended by \\n or \\r\\n, found"
        + " a lone \\r in the header line (save the file with Windows or Unix line endings)\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a weight left empty (seed -1545)       | weights:\\n  volume: 1.0\\n  trend:\\n  harm: 1.5\\n            | 4 | weights
      a section left empty (seed -2998)      | sections:\\n  place: Our text.\\n  strategic-context:\\n | 4 | sections
      a reason left empty (seed -173)        | why:\\n  Shoplifting: A retail park opened.\\n  Drugs:\\n  | 4 | why
      an empty stakeholder (seed 247748)     | stakeholders:\\n  - topic: Hate crime\\n    text: Cohesion.\\n  -\\n | 5 | stakeholders
      """)
  void aConfigEntryLeftEmptyIsRefusedAtItsLineNotANullPointer(String what, String yaml, long line, String key)
      throws Exception {
    // each was a null in a map or list, a NullPointerException and exit 3
    Path config = Files.writeString(dir.resolve("assessment.yaml"), "area: Cannock Chase\n"
        + yaml.replace("\\n", "\n"));
    BadInputException e = assertThrows(BadInputException.class, () -> AssessmentConfigReader.read(config));
    assertThat(e.getMessage()).isEqualTo("assessment.yaml:" + line + ": expected a value for \"" + key
        + "\", found an empty entry");
  }

  @Test
  void aLocalExtractWithAHugeLsoaIsARejectedRowNotAnEngineError() throws Exception {
    // a 138 KB LSOA reached the store's LSOA index: "key size … exceeds the maximum size" (exit 3)
    Path map = Files.writeString(dir.resolve("map.yaml"),
        "columns:\n  date: Date\n  area: District\n  lsoa: LSOA\ndate_format: dd/MM/yyyy\n");
    Path extract = Files.writeString(dir.resolve("extract.csv"), "Date,District,LSOA\n03/04/2024,Cannock Chase,"
        + "E0102900" + "A".repeat(138_000) + "1\n13/04/2024,Cannock Chase,E01029001\n");
    String db = dir.resolve("s.duckdb").toString();
    CliRunner r = CliRunner.run("ingest", "local", extract.toString(), "--mapping", map.toString(), "--db", db);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("rows read 2 = loaded 1 + rejected 1");
    assertThat(CliRunner.run("rejects", "--db", db).out()).contains("extract.csv:2: column \"LSOA\": expected an LSOA"
        + " code like E01029001, found \"E0102900" + "A".repeat(32) + "…\"");
  }
}
