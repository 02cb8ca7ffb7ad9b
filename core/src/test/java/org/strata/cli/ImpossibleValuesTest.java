package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that cannot be true become rejected rows with their reason (issue 12, point 5). */
class ImpossibleValuesTest {
  @TempDir Path dir;

  private Path db() {
    return dir.resolve("s.duckdb");
  }

  private CliRunner ingest(String kind, Path file, String... more) {
    List<String> args = new ArrayList<>(List.of("ingest", kind, file.toString(), "--db", db().toString()));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private List<String> rejects() throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db().toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT line, reason FROM rejected_row ORDER BY file_id, line")) {
      while (r.next()) {
        out.add(r.getLong(1) + " " + r.getString(2));
      }
    }
    return out;
  }

  @Test
  void aLocalDateThatDoesNotExistIsRejectedNotMovedToTheEndOfFebruary() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"),
        "columns:\n  date: Date\n  area: District\ndate_format: dd/MM/yyyy\n");
    Path csv = Files.writeString(dir.resolve("extract.csv"),
        "Date,District\n28/02/2024,Cannock Chase\n31/02/2024,Cannock Chase\n01/01/1800,Cannock Chase\n");
    CliRunner r = ingest("local", csv, "--mapping", map.toString());
    assertThat(r.out()).contains("rows read 3 = loaded 1 + rejected 2");
    String latest = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
    assertThat(rejects()).containsExactly(
        "3 column \"Date\": expected a date dd/MM/yyyy, found \"31/02/2024\"",
        "4 column \"Date\": expected a date from 2000-01 to " + latest + ", found \"01/01/1800\"");
  }

  @Test
  void aMappingWithAPatternThatIsNoDatePatternIsRefusedAtItsLine() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"),
        "columns:\n  date: Date\n  area: District\ndate_format: dd/MM/yyyy{\n");
    Path csv = Files.writeString(dir.resolve("extract.csv"), "Date,District\n");
    CliRunner r = ingest("local", csv, "--mapping", map.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith(
        "map.yaml:4: date_format: expected a date pattern such as dd/MM/yyyy, found \"dd/MM/yyyy{\"\n");
  }

  @Test
  void surveyPercentagesOutsideZeroToAHundredAreRejected() throws Exception {
    Path csv = Files.writeString(dir.resolve("survey.csv"), "area,year,topic,measure,value,base\n"
        + "Cannock Chase,2024,Drugs,priority_pct,-37,1000\n"
        + "Cannock Chase,2024,Burglary,priority_pct,250,1000\n"
        + "Cannock Chase,2024,Robbery,mean_score,250,1000\n"
        + "Cannock Chase,2024,Theft,satisfaction,101%,1000\n"
        + "Cannock Chase,2024,Violence,priority_pct,40,0\n"
        + "Cannock Chase,2024,Shoplifting,priority_pct,37,1000\n");
    CliRunner r = ingest("survey", csv);
    assertThat(r.out()).contains("rows read 6 = loaded 2 + rejected 4");
    assertThat(rejects()).containsExactly(
        "2 column \"value\": expected a percentage from 0 to 100 (measure \"priority_pct\"), found \"-37\"",
        "3 column \"value\": expected a percentage from 0 to 100 (measure \"priority_pct\"), found \"250\"",
        "5 column \"value\": expected a percentage from 0 to 100 (measure \"satisfaction\"), found \"101%\"",
        "6 column \"base\": expected a whole number of respondents, found \"0\"");
  }

  @Test
  void areasWithAMissingParentThemselvesAsParentOrDeclaredTwiceAreRejected() throws Exception {
    Path csv = Files.writeString(dir.resolve("areas.csv"), "level,code,name,parent_code,police_uk_name\n"
        + "csp,E22000901,Vale CSP,E23000013,\n"
        + "district,E07000901,Vale North,E22000901,\n"
        + "district,E07000902,Vale South,E22999999,\n"
        + "district,E07000903,Vale East,E07000903,\n"
        + "csp,E22000901,Vale CSP again,E23000013,\n"
        + "district,E07000904,Vale West,E07000902,\n");
    CliRunner r = ingest("areas", csv);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("rows read 6 = loaded 2 + rejected 4");
    assertThat(rejects()).containsExactly(
        "4 column \"parent_code\": expected a known area or one declared in this file, found \"E22999999\"",
        "5 column \"parent_code\": expected the code of another area, found the area's own",
        "6 column \"code\": expected each area once, found \"E22000901\" again (first on line 2)",
        "7 column \"parent_code\": expected a known area or one declared in this file, found \"E07000902\"");
  }

  @Test
  void anLsoaMappedToTwoDistrictsIsRejectedOnEveryRow() throws Exception {
    Path csv = Files.writeString(dir.resolve("lookup.csv"), "lsoa_code,district_code\n"
        + "E01029001,E07000192\n"
        + "E01029002,E07000192\n"
        + "E01029002,E07000193\n"
        + "E01029001,E07000192\n");
    CliRunner r = ingest("lsoa-lookup", csv);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("rows read 4 = loaded 2 + rejected 2");
    assertThat(rejects()).containsExactly(
        "3 LSOA E01029002: expected one district, found E07000192 and E07000193",
        "4 LSOA E01029002: expected one district, found E07000192 and E07000193");
  }
}
