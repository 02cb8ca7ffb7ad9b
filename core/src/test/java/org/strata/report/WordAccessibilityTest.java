package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample assessment's Word file read back with POI, as Word's accessibility checker would see it. */
class WordAccessibilityTest {
  @TempDir static Path dir;
  static XWPFDocument doc;

  @BeforeAll
  static void write() throws Exception {
    ReportWriter.write(SampleAssessment.full(), dir, EnumSet.of(ReportWriter.Format.DOCX), NarrativeGoldenTest.options(Map.of()));
    try (InputStream in = Files.newInputStream(dir.resolve("assessment.docx"))) {
      doc = new XWPFDocument(in);
    }
  }

  @AfterAll
  static void close() throws Exception {
    doc.close();
  }

  @Test
  void setsTitleSubjectAndLanguage() throws Exception {
    assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Testborough Strategic Assessment");
    assertThat(doc.getProperties().getCoreProperties().getSubject()).isEqualTo("Crime and community safety, 2024-25");
    assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("en-GB");
  }

  @Test
  void bulletsAreWordListItemsNotTypedCharacters() {
    List<XWPFParagraph> items = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
    assertThat(items).hasSizeGreaterThan(10).allSatisfy(p -> assertThat(p.getNumFmt()).isEqualTo("bullet"));
    assertThat(items.stream().map(XWPFParagraph::getText))
        .contains("Rate per 1,000: offences for every 1,000 residents, so that areas of different sizes can be compared.");
    assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().startsWith("\u2022"));
  }

  @Test
  void picturesCarryTheSameAlternativeTextAsThePdf() {
    List<String> descr = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      for (XWPFRun r : p.getRuns()) {
        if (!r.getEmbeddedPictures().isEmpty()) {
          descr.add(r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr());
        }
      }
    }
    assertThat(descr).hasSize(8).noneMatch(d -> d.endsWith(".png")).contains(
        "Recorded crime per 1,000 residents in Testborough fell from 55.0 in 2019-20 to 47.0 in 2024-25;"
            + " Northmoor (force area) fell from 66.0 to 61.5; England and Wales fell from 77.0 to 74.0.");
  }

  @Test
  void everyTableHasARepeatingHeaderRowAndTheFiguresDataAreInTheAppendix() {
    assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
    assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
        .contains("Data behind the charts and maps");
    XWPFTable six = doc.getTables().stream()
        .filter(t -> t.getRow(0).getCell(0).getText().equals("Period") && t.getRow(0).getCell(1).getText().equals("Testborough"))
        .findFirst().orElseThrow();
    assertThat(six.getRow(six.getNumberOfRows() - 1).getCell(0).getText()).isEqualTo("2024-25");
    assertThat(six.getRow(six.getNumberOfRows() - 1).getCell(1).getText()).isEqualTo("47.0");
  }
}
