package org.strata.report.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.strata.report.doc.DataTable;

/** Adds a data table to a Word document: caption, bold repeating header row, numbers right-aligned. */
final class WordTables {
  private WordTables() {}

  static void add(XWPFDocument doc, DataTable t) {
    DocxRenderer.text(doc, "Caption", t.title());
    XWPFTable table = doc.createTable(t.documentRows() + 1, t.columns().size());
    table.setWidth("100%");
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    for (int c = 0; c < t.columns().size(); c++) {
      cell(header.getCell(c), t.columns().get(c).header(), true, false);
    }
    for (int r = 0; r < t.documentRows(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      for (int c = 0; c < t.columns().size(); c++) {
        boolean number = t.columns().get(c).kind() != DataTable.Kind.TEXT;
        cell(row.getCell(c), t.text(r, c), false, number);
      }
    }
    DocxRenderer.text(doc, "Caption", (t.shortenedNote() + " " + t.source()).strip());
  }

  private static void cell(XWPFTableCell cell, String text, boolean bold, boolean right) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    if (right) {
      p.setAlignment(ParagraphAlignment.RIGHT);
    }
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setFontSize(8);
    run.setText(text);
  }
}
