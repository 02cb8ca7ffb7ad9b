package org.strata.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.analysis.PreviousAssessment;
import org.strata.common.BadInputException;
import org.strata.common.UsageException;

class PreviousAssessmentReaderTest {
  @TempDir Path dir;

  @Test
  void readsTheFieldsTheComparisonNeedsFromTheReportFolder() throws Exception {
    Files.writeString(dir.resolve("assessment.json"), """
        {"areaCode": "E07000192", "areaName": "Cannock Chase", "period": "2023-24", "periodReadable": "2023-24",
         "population": {"year": 2023, "persons": 101000},
         "priorities": [{"rank": 2, "category": "Shoplifting"}, {"rank": 1, "category": "Burglary"}],
         "categories": [{"category": "Shoplifting", "taxonomy": "ons", "count": 975, "ratePer1000": 9.65},
                        {"category": "Drugs", "taxonomy": "police_uk", "count": 12, "ratePer1000": null}],
         "keyMessages": ["Focus on shoplifting."], "findings": [{"kind": "anything"}]}
        """);
    PreviousAssessment p = PreviousAssessmentReader.read(dir);
    assertEquals("E07000192", p.areaCode());
    assertEquals("2023-24", p.period());
    assertEquals(101_000L, p.population());
    assertThat(p.priorities()).containsExactly(new PreviousAssessment.Priority(2, "Shoplifting"),
        new PreviousAssessment.Priority(1, "Burglary"));
    assertThat(p.categories()).containsExactly(new PreviousAssessment.Category("Shoplifting", "ons", 975, 9.65),
        new PreviousAssessment.Category("Drugs", "police_uk", 12, null));
    assertThat(p.keyMessages()).containsExactly("Focus on shoplifting.");
  }

  @Test
  void aFolderWithoutAnAssessmentIsARequestToCorrect() {
    var e = assertThrows(UsageException.class, () -> PreviousAssessmentReader.read(dir));
    assertEquals("--previous " + dir + ": expected last year's assessment.json or the report folder holding it,"
        + " found a folder without assessment.json", e.getMessage());
  }

  @Test
  void brokenJsonIsRefusedWithItsLine() throws Exception {
    Path f = Files.writeString(dir.resolve("last.json"), "{\"areaCode\": \"E07000192\",\n\"period\": }\n");
    var e = assertThrows(BadInputException.class, () -> PreviousAssessmentReader.read(f));
    assertEquals("last.json:2: expected an assessment.json written by strata report, found invalid JSON", e.getMessage());
  }

  @Test
  void jsonWithoutPrioritiesIsNotAnAssessment() throws Exception {
    Path f = Files.writeString(dir.resolve("other.json"), "{\"areaCode\": \"E07000192\", \"period\": \"2023-24\"}");
    var e = assertThrows(BadInputException.class, () -> PreviousAssessmentReader.read(f));
    assertEquals("other.json:1: expected an assessment.json written by strata report, found no \"priorities\"",
        e.getMessage());
  }
}
