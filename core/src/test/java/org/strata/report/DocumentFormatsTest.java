package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo-like sample written in every format: what each file must hold for a reader and an editor. */
class DocumentFormatsTest {
  @TempDir static Path dir;

  @BeforeAll
  static void writeAll() {
    ReportWriter.write(SampleAssessment.full(), dir, ReportWriter.all(), NarrativeGoldenTest.options(Map.of()));
  }

  @Test
  void pdfHoldsKeyMessagesAndNumberedPages() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("assessment.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(12);
      assertThat(text).contains("Executive summary", "Key messages", "per 1,000", "Recommendations", "Anti-social behaviour",
          "Page 2 of " + pages, "Contents");
      assertThat(text.replaceAll("\\s+", " ")).contains("Focus partnership effort on violence against the person and shoplifting");
      assertThat(pdf.getPage(1).getResources().getFontNames()).isNotEmpty();
    }
  }

  @Test
  void wordFileHasHeadingStylesTablesAndPictures() throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve("assessment.docx")); XWPFDocument doc = new XWPFDocument(in)) {
      List<String> h1 = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
      assertThat(h1).contains("Executive summary", "Overall crime", "Anti-social behaviour", "Recommendations", "Appendix");
      assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
          .contains("Data sources", "Method", "Glossary");
      assertThat(doc.getStyles().styleExist("Heading1")).isTrue();
      assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("Area");
      assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(6);
      assertThat(doc.getAllPictures().get(0).suggestFileExtension()).isEqualTo("png");
    }
  }

  @Test
  void workbookHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve("tables.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(5);
      Sheet rates = wb.getSheet("Rates");
      assertThat(rates.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Recorded crime per 1,000 residents, 2024-25");
      assertThat(rates.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Rate per 1,000");
      assertThat(rates.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Testborough");
      assertThat(rates.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(4633.0);
      assertThat(rates.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(47.1);
      assertThat(wb.getSheet("Sources").getRow(2).getCell(6).getStringCellValue()).hasSize(64);
    }
  }

  @Test
  void chartsFolderHasOneSvgPerFigureWithTitleSeriesAndSource() throws Exception {
    try (var files = Files.list(dir.resolve("charts"))) {
      assertThat(files.count()).isGreaterThanOrEqualTo(6);
    }
    String line = Files.readString(dir.resolve("charts/rates-six-year.svg"));
    assertThat(line).startsWith("<?xml").contains("<svg", "viewBox='0 0 640 ", "Recorded crime per 1,000 residents",
        "Northmoor (force area)", "England and Wales", "Source: ONS police recorded crime", "rgb(0,114,178)");
    String ranking = Files.readString(dir.resolve("charts/priorities.svg"));
    assertThat(ranking).contains("Priority matrix: the ten highest scores", "1. Violence against the person", "Public concern");
    assertThat(Files.readString(dir.resolve("charts/map-density.svg"))).contains("Where records are concentrated in Testborough");
  }

  @Test
  void htmlIsSelfContained() throws Exception {
    String html = Files.readString(dir.resolve("assessment.html"));
    assertThat(html).contains("<svg", "id=\"executive-summary\"", "href=\"#recommendations\"").doesNotContain("src=\"http", "<link");
  }

  @Test
  void formatsChooseWhatIsWritten(@TempDir Path only) {
    List<Path> written = ReportWriter.write(SampleAssessment.onsOnly(), only, EnumSet.of(ReportWriter.Format.XLSX),
        NarrativeGoldenTest.options(Map.of()));
    assertThat(written).containsExactly(only.resolve("tables.xlsx"));
  }
}
