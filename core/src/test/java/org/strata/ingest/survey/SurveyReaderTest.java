package org.strata.ingest.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;
import org.strata.reference.AreaRegistry;

class SurveyReaderTest {
  @TempDir Path dir;

  private Path write(String text) throws Exception {
    Path p = dir.resolve("survey.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void readsResultsByAreaNameOrCodeAndQuarantinesBadRows() throws Exception {
    Path p = write("Area,Year,Topic,Measure,Value,Base\n"
        + "Cannock Chase,2024,ASB,priority_pct,37,1200\n"
        + "E07000192,2024,Drugs,problem_pct,41%,1200\n"
        + "Atlantis,2024,ASB,priority_pct,10,100\n"
        + "Cannock Chase,24x,ASB,priority_pct,10,100\n"
        + "Cannock Chase,2024,Knife crime,worried_pct,12.5,\n");
    var r = new SurveyReader(AreaRegistry.load()).read(p);
    assertThat(r.rowsRead()).isEqualTo(5);
    assertThat(r.records()).extracting(SurveyRow::areaCode, SurveyRow::topic, SurveyRow::value, SurveyRow::base)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("E07000192", "ASB", 37.0, 1200),
            org.assertj.core.groups.Tuple.tuple("E07000192", "Drugs", 41.0, 1200),
            org.assertj.core.groups.Tuple.tuple("E07000192", "Knife crime", 12.5, null));
    assertThat(r.rejects()).extracting(x -> x.line() + ": " + x.reason()).containsExactly(
        "4: column \"area\": expected a district, CSP or force name or GSS code, found \"Atlantis\"",
        "5: column \"year\": expected a year such as 2024, found \"24x\"");
  }

  @Test
  void aMissingColumnRefusesTheFile() throws Exception {
    Path p = write("area,year,topic,value\nCannock Chase,2024,ASB,37\n");
    var e = assertThrows(BadInputException.class, () -> new SurveyReader(AreaRegistry.load()).read(p));
    assertEquals("survey.csv:1: expected a column \"measure\", found area, year, topic, value", e.getMessage());
  }
}
