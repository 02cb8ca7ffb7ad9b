package org.strata.ingest.ons;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

/** Writes a CSV fixture's cells into XLSX and ODS workbooks, after a decoy "Contents" sheet. */
public final class Workbooks {
  private Workbooks() {}

  public static List<List<String>> cells(Path csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
        rows.add(r.toList());
      }
    }
    return rows;
  }

  /** Two CSV fixtures as two sheets of one workbook, after the decoy sheet. */
  static Path xlsxSheets(Path out, Path first, String firstName, Path second, String secondName) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
      book.createSheet("Contents").createRow(0).createCell(0).setCellValue("Table of contents");
      fill(book.createSheet(firstName), cells(first));
      fill(book.createSheet(secondName), cells(second));
      book.write(os);
    }
    return out;
  }

  private static void fill(Sheet sheet, List<List<String>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        String v = rows.get(r).get(c);
        if (!v.isEmpty()) {
          row.createCell(c).setCellValue(v);
        }
      }
    }
  }

  /** Counts become numeric cells, as ONS's own workbooks store them. */
  public static Path xlsx(Path csv, Path out, String sheetName) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
      book.createSheet("Contents").createRow(0).createCell(0).setCellValue("Table of contents");
      Sheet sheet = book.createSheet(sheetName);
      List<List<String>> rows = cells(csv);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String v = rows.get(r).get(c);
          OptionalLong n = r > 0 && c > 5 ? TabularFile.wholeNumber(v) : OptionalLong.empty();
          if (n.isPresent()) {
            row.createCell(c).setCellValue(n.getAsLong());
          } else if (!v.isEmpty()) {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      book.write(os);
    }
    return out;
  }

  public static Path ods(Path csv, Path out, String sheetName) throws Exception {
    OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.newSpreadsheetDocument();
    OdfTable contents = doc.getTableList().get(0);
    contents.setTableName("Contents");
    contents.getCellByPosition(0, 0).setStringValue("Table of contents");
    OdfTable table = OdfTable.newTable(doc);
    table.setTableName(sheetName);
    List<List<String>> rows = cells(csv);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        String v = rows.get(r).get(c);
        OptionalLong n = r > 0 && c > 5 ? TabularFile.wholeNumber(v) : OptionalLong.empty();
        if (n.isPresent()) {
          table.getCellByPosition(c, r).setDoubleValue((double) n.getAsLong());
        } else if (!v.isEmpty()) {
          table.getCellByPosition(c, r).setStringValue(v);
        }
      }
    }
    doc.save(out.toFile());
    return out;
  }
}
