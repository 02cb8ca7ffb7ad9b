package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.SharedFixtures;

/** The fault audit's cases outside police.uk (issue 12), each through the command line. */
class BadInputTest {
  @TempDir Path dir;

  private Path db() {
    return dir.resolve("s.duckdb");
  }

  private CliRunner ingest(String kind, Path file, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("ingest", kind, file.toString(), "--db",
        db().toString()));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private long query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db().toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void aTableResavedWithCrlfOrABomReplacesTheFirstInsteadOfDoublingIt() throws Exception {
    Path c2 = SharedFixtures.require("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
    String text = Files.readString(c2, StandardCharsets.UTF_8);
    Path crlf = Files.writeString(dir.resolve("c2-crlf.csv"), text.replace("\r\n", "\n").replace("\n", "\r\n"));
    Path bom = Files.writeString(dir.resolve("c2-bom.csv"), "\uFEFF" + text);
    String cannockTheft = "SELECT sum(count) FROM offence_count WHERE area_code = 'E07000192'"
        + " AND category = 'All other theft offences'";
    assertThat(ingest("ons-csp", c2).exit()).isZero();
    assertThat(query(cannockTheft)).isEqualTo(483);
    for (Path again : List.of(crlf, bom)) {
      CliRunner r = ingest("ons-csp", again);
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains(again + ": read ").contains("; replaces ");
      assertThat(query(cannockTheft)).isEqualTo(483);
    }
    assertThat(query("SELECT count(*) FROM source_file WHERE replaced_by IS NULL")).isEqualTo(1);
  }

  @Test
  void aLocalExtractLoadedTwiceReplacesItselfAndSaysSo() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"),
        "columns:\n  date: Date\n  area: District\n  category: Offence\ndate_format: dd/MM/yyyy\n");
    StringBuilder rows = new StringBuilder("Date,District,Offence\n");
    for (int i = 0; i < 210; i++) {
      rows.append(String.format("%02d/04/2024,Cannock Chase,Theft%n", 1 + i % 28));
    }
    Path first = Files.writeString(dir.resolve("extract.csv"), rows.toString());
    Path second = Files.writeString(dir.resolve("extract-crlf.csv"), rows.toString().replace("\n", "\r\n"));
    assertThat(ingest("local", first, "--mapping", map.toString()).exit()).isZero();
    CliRunner r = ingest("local", second, "--mapping", map.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("replaces " + first + " (210 rows)");
    assertThat(query("SELECT count(*) FROM local_incident")).isEqualTo(210);
  }

  @Test
  void binaryAndUtf16AreasAndLookupsAreRefusedWithFileAndLine() throws Exception {
    Path binary = dir.resolve("areas.csv");
    Files.write(binary, new byte[] {'l', 'e', 'v', '\n', (byte) 0x89, 0, 1, 2});
    Path utf16 = dir.resolve("lookup.csv");
    Files.write(utf16, "lsoa_code,district_code\nE01000001,E09000001\n".getBytes(StandardCharsets.UTF_16));
    Path latin = dir.resolve("areas-latin.csv");
    Files.write(latin, "level,code,name,parent_code,police_uk_name\ncsp,E22000999,Caf\u00e9,E10000028,\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    CliRunner a = ingest("areas", binary);
    assertThat(a.exit()).isEqualTo(1);
    assertThat(a.err()).startsWith("areas.csv:2: expected a CSV of areas (UTF-8 text), found binary data\n");
    CliRunner l = ingest("lsoa-lookup", utf16);
    assertThat(l.exit()).isEqualTo(1);
    assertThat(l.err()).startsWith(
        "lookup.csv:1: expected an LSOA lookup CSV in UTF-8, found UTF-16 text (save it as UTF-8)\n");
    CliRunner n = ingest("areas", latin);
    assertThat(n.exit()).isEqualTo(1);
    assertThat(n.err()).startsWith(
        "areas-latin.csv:2: expected a CSV of areas in UTF-8, found bytes that are not UTF-8 (save it as UTF-8)\n");
  }

  @Test
  void aBinaryConfigAndAFolderAsMappingAreRefusedNotUnexpectedErrors() throws Exception {
    Path config = dir.resolve("assessment.yaml");
    Files.write(config, "baseline: 2019-20\n".getBytes(StandardCharsets.UTF_16LE));
    var e = org.junit.jupiter.api.Assertions.assertThrows(org.strata.common.BadInputException.class,
        () -> org.strata.cli.config.AssessmentConfigReader.read(config));
    assertThat(e.getMessage()).isEqualTo(
        "assessment.yaml:1: expected an assessment config (YAML) (UTF-8 text), found binary data");
    Path extract = Files.writeString(dir.resolve("extract.csv"), "Date,District,Offence\n");
    Path folder = Files.createDirectory(dir.resolve("mapping"));
    CliRunner m = ingest("local", extract, "--mapping", folder.toString());
    assertThat(m.exit()).isEqualTo(1);
    assertThat(m.err()).startsWith("mapping:1: expected a mapping (YAML), found a folder\n");
  }

  @Test
  void aTruncatedZipIsRefusedWithItsName() throws Exception {
    Path zip = dir.resolve("2024-01.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("2024-01/2024-01-city-of-london-street.csv"));
      byte[] row = (IngestCommandTest.ROW).getBytes(StandardCharsets.UTF_8);
      out.write(IngestCommandTest.HEADER.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 2000; i++) {
        out.write(row);
      }
      out.closeEntry();
    }
    byte[] bytes = Files.readAllBytes(zip);
    Path cut = dir.resolve("2024-02.zip");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    CliRunner r = ingest("police-uk", cut);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("2024-02.zip:1: expected a readable zip archive, found a damaged one");
    assertThat(query("SELECT count(*) FROM incident")).isZero();
  }

  static String text(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
