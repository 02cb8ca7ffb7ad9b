package org.strata.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word's own bulleted list ({@code numbering.xml}), so Word, and a screen reader in Word, treat
 * list items as a list rather than paragraphs that start with a typed "•".
 */
final class WordLists {
  private static final BigInteger BULLET_ABSTRACT = BigInteger.ONE;
  private final BigInteger bullets;

  WordLists(XWPFDocument doc) {
    XWPFNumbering numbering = doc.createNumbering();
    numbering.addAbstractNum(new XWPFAbstractNum(definition(BULLET_ABSTRACT, STNumberFormat.BULLET, "\u2022")));
    bullets = numbering.addNum(BULLET_ABSTRACT);
  }

  /** The numbering id of bulleted items. */
  BigInteger bullets() {
    return bullets;
  }

  private static CTAbstractNum definition(BigInteger id, STNumberFormat.Enum format, String text) {
    CTAbstractNum a = CTAbstractNum.Factory.newInstance();
    a.setAbstractNumId(id);
    CTLvl lvl = a.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
    CTInd ind = lvl.addNewPPr().addNewInd();
    ind.setLeft(BigInteger.valueOf(360));
    ind.setHanging(BigInteger.valueOf(360));
    if (format == STNumberFormat.BULLET) {
      var fonts = lvl.addNewRPr().addNewRFonts();
      fonts.setAscii(WordStyles.FONT);
      fonts.setHAnsi(WordStyles.FONT);
    }
    return a;
  }
}
