package org.strata.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.strata.report.doc.DataTable;
import org.strata.report.doc.ReportDocument;
import org.strata.report.doc.ReportRenderer;

/**
 * Writes {@code tables.xlsx}: every table of the document on its own sheet (named after the table's
 * id), a title row, a header row, then the values as numbers (not text) with number formats, and
 * the source line under the table.
 */
public final class XlsxRenderer implements ReportRenderer {
  @Override
  public List<Path> render(ReportDocument document, Path dir) throws IOException {
    Path p = dir.resolve("tables.xlsx");
    try (OutputStream out = Files.newOutputStream(p)) {
      write(document.tables(), out);
    }
    return List.of(p);
  }

  /** Writes the tables to a stream, one sheet each; repeated ids get a number. */
  public static void write(List<DataTable> tables, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Set<String> used = new HashSet<>();
      for (DataTable t : tables) {
        sheet(wb.createSheet(unique(t.id(), used)), t, styles);
      }
      wb.write(out);
    }
  }

  private static void sheet(Sheet s, DataTable t, Styles st) {
    Cell title = s.createRow(0).createCell(0);
    title.setCellValue(t.title());
    title.setCellStyle(st.bold);
    Row header = s.createRow(1);
    for (int c = 0; c < t.columns().size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(t.columns().get(c).header());
      cell.setCellStyle(st.bold);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      Row row = s.createRow(r + 2);
      for (int c = 0; c < t.columns().size(); c++) {
        Object v = t.rows().get(r).get(c);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
          cell.setCellStyle(st.forKind(t.columns().get(c).kind()));
        } else {
          cell.setCellValue(v.toString());
        }
      }
    }
    s.createRow(t.rows().size() + 3).createCell(0).setCellValue(t.source());
    s.createFreezePane(0, 2);
    for (int c = 0; c < t.columns().size(); c++) {
      s.setColumnWidth(c, Math.min(60, Math.max(10, t.columns().get(c).header().length() + 2)) * 256);
    }
  }

  static String unique(String id, Set<String> used) {
    String base = WorkbookUtil.createSafeSheetName(id);
    String name = base;
    for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      String suffix = " " + i;
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  /** The workbook's cell styles. */
  private static final class Styles {
    final CellStyle bold;
    final CellStyle count;
    final CellStyle decimal;
    final CellStyle percent;

    Styles(XSSFWorkbook wb) {
      Font f = wb.createFont();
      f.setBold(true);
      bold = wb.createCellStyle();
      bold.setFont(f);
      count = format(wb, "#,##0");
      decimal = format(wb, "#,##0.0");
      percent = format(wb, "0.0");
    }

    private static CellStyle format(XSSFWorkbook wb, String pattern) {
      CellStyle s = wb.createCellStyle();
      s.setDataFormat(wb.createDataFormat().getFormat(pattern));
      return s;
    }

    CellStyle forKind(DataTable.Kind k) {
      return switch (k) {
        case COUNT -> count;
        case PERCENT, CHANGE -> percent;
        default -> decimal;
      };
    }
  }
}
