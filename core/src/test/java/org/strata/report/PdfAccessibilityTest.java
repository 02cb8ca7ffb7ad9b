package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.report.pdf.PdfUa;

/** The sample assessment's PDF as a screen reader meets it: PDF/UA-1, structure, alternative text. */
class PdfAccessibilityTest {
  @TempDir static Path dir;
  static Path pdf;

  @BeforeAll
  static void write() {
    ReportWriter.write(SampleAssessment.full(), dir, EnumSet.of(ReportWriter.Format.PDF), NarrativeGoldenTest.options(Map.of()));
    pdf = dir.resolve("assessment.pdf");
  }

  @Test
  void passesEveryPdfUaRuleVeraPdfChecks() throws Exception {
    PdfUa r = PdfUa.validate(pdf);
    assertThat(r.failures()).isEmpty();
    assertThat(r.rules()).isEqualTo(106);
    assertThat(r.checks()).isGreaterThan(10_000);
  }

  @Test
  void declaresLanguageTitleAndBookmarksForEveryChapter() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(d.getDocumentInformation().getTitle()).isEqualTo("Testborough Strategic Assessment");
      assertThat(d.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(i.getTitle());
      }
      assertThat(bookmarks).contains("Executive summary", "Overall crime", "Recommendations", "Appendix");
      PDOutlineItem appendix = d.getDocumentCatalog().getDocumentOutline().getLastChild();
      List<String> nested = new ArrayList<>();
      appendix.children().forEach(i -> nested.add(i.getTitle()));
      assertThat(nested).contains("Data sources", "Method", "Data behind the charts and maps");
    }
  }

  @Test
  void everyFigureIsTaggedWithTheNumbersItShows() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      List<String> alts = new ArrayList<>();
      figures(d.getDocumentCatalog().getStructureTreeRoot(), alts);
      assertThat(alts).hasSize(8).doesNotContainNull().contains(
          "Recorded crime per 1,000 residents in Testborough fell from 55.0 in 2019-20 to 47.0 in 2024-25;"
              + " Northmoor (force area) fell from 66.0 to 61.5; England and Wales fell from 77.0 to 74.0.",
          "Offences per 1,000 residents by group. Rate per 1,000 residents, 2024-25 for Testborough, with Police force"
              + " area in brackets, highest first: Violence against the person 17.1 (22.0); Theft offences 15.3 (18.0);"
              + " Burglary 2.0 (3.1).",
          "Priority matrix: the ten highest scores. Weighted score, all criteria added together, highest first:"
              + " 1. Violence against the person 8.3; 2. Shoplifting 8.2; 3. Burglary 3.0.");
    }
  }

  @Test
  void everyLinkSaysWhereItGoes() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      List<String> contents = new ArrayList<>();
      for (var a : d.getPage(1).getAnnotations()) {
        if (a instanceof PDAnnotationLink) {
          contents.add(a.getContents());
        }
      }
      assertThat(contents).doesNotContainNull().contains("Go to Executive summary", "Go to page 3", "Go to Appendix");
    }
  }

  @Test
  void everyPageHasTextBesidesItsFooterAndTheAppendixReachesTheFigureData() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      for (int i = 1; i <= d.getNumberOfPages(); i++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(i);
        s.setEndPage(i);
        String body = s.getText(d).replaceAll("Testborough Strategic Assessment|Page \\d+ of \\d+", "").strip();
        assertThat(body).as("page " + i).isNotEmpty();
      }
      String all = new PDFTextStripper().getText(d);
      assertThat(all).contains("Glossary", "Data behind the charts and maps", "Data for Figure 1. Recorded crime per 1,000 residents");
    }
  }

  private static void figures(PDStructureNode node, List<String> alts) {
    for (Object k : node.getKids()) {
      if (k instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          alts.add(e.getAlternateDescription());
        }
        figures(e, alts);
      }
    }
  }
}
