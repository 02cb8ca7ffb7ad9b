package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.report.pdf.PdfUa;

class PdfAccessibilityTest {
  @TempDir static Path dir;

  @BeforeAll
  static void write() {
    ReportWriter.write(SampleAssessment.full(), dir, java.util.EnumSet.of(ReportWriter.Format.PDF),
        NarrativeGoldenTest.options(Map.of()));
  }

  @Test
  void samplePdfPassesEveryPdfUaRule() throws Exception {
    PdfUa r = PdfUa.validate(dir.resolve("assessment.pdf"));
    System.out.println("rules " + r.rules() + " checks " + r.checks());
    r.failures().forEach(System.out::println);
    assertThat(r.failures()).isEmpty();
  }
}
