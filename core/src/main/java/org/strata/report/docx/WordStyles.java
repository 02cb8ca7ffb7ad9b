package org.strata.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Defines the Word styles the document uses, with Word's own ids ({@code Title}, {@code Heading1}…),
 * so headings appear in Word's navigation pane and a contents field can be updated.
 */
final class WordStyles {
  static final String FONT = "Arial";

  private WordStyles() {}

  static void define(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    styles.addStyle(style("Normal", "Normal", -1, 20, false, "0B0C0C"));
    styles.addStyle(style("Title", "Title", -1, 56, true, "0B0C0C"));
    styles.addStyle(style("Subtitle", "Subtitle", -1, 30, false, "0072B2"));
    styles.addStyle(style("Heading1", "heading 1", 0, 36, true, "0B0C0C"));
    styles.addStyle(style("Heading2", "heading 2", 1, 28, true, "0B0C0C"));
    styles.addStyle(style("Heading3", "heading 3", 2, 23, true, "0B0C0C"));
    styles.addStyle(style("Caption", "caption", -1, 17, false, "505A5F"));
    styles.addStyle(style("ListParagraph", "List Paragraph", -1, 20, false, "0B0C0C"));
  }

  private static XWPFStyle style(String id, String name, int outline, int halfPoints, boolean bold, String colour) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if (!id.equals("Normal")) {
      s.addNewBasedOn().setVal("Normal");
      s.addNewNext().setVal("Normal");
    }
    s.addNewQFormat();
    CTPPrGeneral p = s.addNewPPr();
    if (outline >= 0) {
      p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      p.addNewKeepNext();
      p.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 240 : 200));
    } else {
      p.addNewSpacing().setAfter(BigInteger.valueOf(120));
    }
    CTRPr r = s.addNewRPr();
    CTFonts f = r.addNewRFonts();
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
    if (bold) {
      r.addNewB();
    }
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    r.addNewColor().setVal(colour);
    return new XWPFStyle(s);
  }
}
