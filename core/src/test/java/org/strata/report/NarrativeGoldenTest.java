package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strata.MultiLocaleTest;
import org.strata.analysis.Assessment;

/**
 * The document's words for fixed assessments, against reviewed files in
 * {@code src/test/resources/org/strata/report/golden/<case>/expected.txt}. Run with
 * {@code -Dgolden.update=true} to rewrite them, then review the diff. Runs under English and German
 * default locales to show the text never depends on the machine's.
 */
class NarrativeGoldenTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-03T10:00:00Z"), ZoneOffset.UTC);
  static final Path GOLDEN = Path.of("src/test/resources/org/strata/report/golden");


  static ReportOptions options(Map<String, String> sections) {
    return new ReportOptions("Testborough Community Safety Partnership", null, sections, List.of(), CLOCK, Locale.UK);
  }

  @MultiLocaleTest
  void fullAssessmentReadsAsReviewed() throws IOException {
    check("full", SampleAssessment.full(), Map.of());
  }

  @MultiLocaleTest
  void onsOnlyAssessmentSaysWhereDataAreMissing() throws IOException {
    check("ons-only", SampleAssessment.onsOnly(), Map.of());
  }

  @MultiLocaleTest
  void statutoryPartsReadAsReviewed() throws IOException {
    check("statutory", StatutorySample.of(), Map.of());
  }

  @MultiLocaleTest
  void analystTextReplacesAndExtendsSections() throws IOException {
    check("overrides", SampleAssessment.onsOnly(), Map.of(
        "strategic-context", "The PCC's plan names **violence** and shoplifting.\n\n- Safer streets\n- Safer shops",
        "recommendations+", "> Agreed by the partnership board on 1 December 2025."));
  }

  private static void check(String name, Assessment a, Map<String, String> sections) throws IOException {
    String actual = Outline.of(new DocumentBuilder(a, options(sections)).build());
    Path expected = GOLDEN.resolve(name).resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
