package org.strata.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.strata.report.doc.Block;
import org.strata.report.doc.Cover;
import org.strata.report.doc.Figure;
import org.strata.report.doc.FigureData;
import org.strata.report.doc.ReportDocument;
import org.strata.report.doc.ReportRenderer;
import org.strata.report.doc.Section;

/**
 * Writes {@code assessment.docx}: Word's own Title and Heading styles, a contents field Word fills
 * in on opening, real tables, charts and maps as PNG pictures, page numbers in the footer. Analysts
 * edit this file for their board.
 */
public final class DocxRenderer implements ReportRenderer {
  /** Width of the text column in points (A4 less margins). */
  static final double TEXT_WIDTH = 450;

  /** The document's language, for Word's proofing and for screen readers. */
  static final String LANGUAGE = "en-GB";

  @Override
  public List<Path> render(ReportDocument document, Path dir) throws IOException {
    Path p = dir.resolve("assessment.docx");
    try (OutputStream out = Files.newOutputStream(p)) {
      write(document, out);
    }
    return List.of(p);
  }

  /**
   * Writes the Word document to a stream: title, subject and language set, Word's own heading and
   * list styles, header rows that repeat, pictures described by the same alternative text as the
   * PDF's, and the figures' data in the appendix.
   */
  public static void write(ReportDocument d, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      WordStyles.define(doc);
      properties(doc, d.cover());
      WordLists lists = new WordLists(doc);
      cover(doc, d.cover());
      contents(doc);
      List<Figure> figures = d.figures();
      for (Section s : FigureData.withData(d)) {
        XWPFParagraph h = doc.createParagraph();
        h.setStyle("Heading" + s.level());
        h.setPageBreak(s.level() == 1);
        h.createRun().setText(s.title());
        for (Block b : s.blocks()) {
          block(doc, lists, b, s.level() + 1, figures);
        }
      }
      footer(doc, d.cover().title());
      doc.enforceUpdateFields();
      doc.write(out);
    }
  }

  private static void properties(XWPFDocument doc, Cover c) {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(c.title());
    core.setSubjectProperty(c.subtitle());
    core.setCreator(c.organisation());
    doc.getStyles().setSpellingLanguage(LANGUAGE);
  }

  private static void cover(XWPFDocument doc, Cover c) throws IOException {
    if (c.logo() != null && !c.logoType().equals("image/svg+xml")) {
      int type = c.logoType().equals("image/png") ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
      picture(doc.createParagraph().createRun(), c.logo(), type, "logo", 160, 60);
    }
    text(doc, "Normal", c.organisation());
    text(doc, "Title", c.title());
    text(doc, "Subtitle", c.subtitle());
    text(doc, "Normal", "Issued " + c.issued());
    if (c.synthetic()) {
      XWPFRun r = doc.createParagraph().createRun();
      r.setBold(true);
      r.setText("SYNTHETIC DATA: generated for demonstration; no number here describes a real place.");
    }
  }

  private static void contents(XWPFDocument doc) {
    XWPFParagraph h = doc.createParagraph();
    h.setStyle("Heading1");
    h.setPageBreak(true);
    h.createRun().setText("Contents");
    XWPFParagraph p = doc.createParagraph();
    p.getCTP().addNewFldSimple().setInstr("TOC \\o \"1-2\" \\h \\z \\u");
  }

  private static void block(XWPFDocument doc, WordLists lists, Block b, int sub, List<Figure> figures) throws IOException {
    if (b instanceof Block.Paragraph p) {
      text(doc, "Normal", p.text());
    } else if (b instanceof Block.Bullets l) {
      for (String item : l.items()) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("ListParagraph");
        p.setNumID(lists.bullets());
        p.setNumILvl(java.math.BigInteger.ZERO);
        p.createRun().setText(item);
      }
    } else if (b instanceof Block.Subheading s) {
      text(doc, "Heading" + Math.min(3, sub), s.text());
    } else if (b instanceof Block.Note n) {
      XWPFRun r = doc.createParagraph().createRun();
      r.setItalic(true);
      r.setText(n.text());
    } else if (b instanceof Block.Table t) {
      WordTables.add(doc, t.table());
    } else if (b instanceof Block.Picture f) {
      figure(doc, f.figure(), figures.indexOf(f.figure()) + 1);
    }
  }

  private static void figure(XWPFDocument doc, Figure f, int n) throws IOException {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setKeepNext(true);
    double w = TEXT_WIDTH;
    double h = f.height() * TEXT_WIDTH / f.width();
    XWPFRun run = p.createRun();
    picture(run, f.png(2), Document.PICTURE_TYPE_PNG, f.id(), w, h);
    CTNonVisualDrawingProps props = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
    props.setName(f.title());
    props.setDescr(f.alt());
    text(doc, "Caption", FigureData.caption(n, f) + ". Its numbers are in the appendix, Data behind the charts and maps.");
  }

  private static void picture(XWPFRun r, byte[] bytes, int type, String name, double w, double h) throws IOException {
    try {
      r.addPicture(new ByteArrayInputStream(bytes), type, name + ".png", Units.toEMU(w), Units.toEMU(h));
    } catch (InvalidFormatException e) {
      throw new IOException("picture " + name + ": " + e.getMessage(), e);
    }
  }

  private static void footer(XWPFDocument doc, String title) {
    XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = f.createParagraph();
    p.createRun().setText(title + " · page ");
    p.getCTP().addNewFldSimple().setInstr("PAGE");
  }

  static void text(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    p.createRun().setText(text);
  }
}
