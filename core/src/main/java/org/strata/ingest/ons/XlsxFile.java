package org.strata.ingest.ons;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams XLSX sheets with POI's event (SAX) API, so a sheet never becomes a POI object model.
 * No styles are passed to POI, so numbers arrive as the stored decimal ({@code 7630}), not as the
 * formatted text.
 */
final class XlsxFile implements SpreadsheetFile {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([Ee][+-]?\\d{1,3})?");

  private final Path file;

  XlsxFile(Path file) {
    this.file = file;
  }

  @Override
  public void stream(Visitor visitor) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      for (int index = 0; it.hasNext(); index++) {
        try (InputStream in = it.next()) {
          if (visitor.startSheet(index, it.getSheetName())) {
            rows(in, strings, visitor);
          }
        }
      }
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      if (e instanceof BadInputException bad) {
        throw bad;
      }
      throw new BadInputException(SourcePosition.of(file, 1),
          "expected a readable XLSX workbook, found " + describe(e), e);
    }
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static void rows(InputStream in, ReadOnlySharedStringsTable strings, Visitor visitor)
      throws IOException, SAXException {
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new XSSFSheetXMLHandler(null, null, strings, new Collector(visitor), new DataFormatter(), false));
      xml.parse(new InputSource(in));
    } catch (Enough e) {
      // the visitor wants no more of this sheet
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Thrown from the handler to stop parsing once enough rows are collected. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  /** A stored number ({@code 86529.0}, {@code 1.2E7}) as plain decimal text; other text unchanged. */
  static String plain(String value) {
    if (!NUMBER.matcher(value).matches()) {
      return value;
    }
    return new BigDecimal(value).stripTrailingZeros().toPlainString();
  }

  private static final class Collector implements SheetContentsHandler {
    private final Visitor visitor;
    private final RowBuilder row = new RowBuilder();
    private int nextColumn;

    Collector(Visitor visitor) {
      this.visitor = visitor;
    }

    @Override
    public void startRow(int rowNum) {
      row.clear();
      nextColumn = 0;
    }

    @Override
    public void endRow(int rowNum) {
      if (row.isBlank()) {
        row.clear();
        return;
      }
      if (!visitor.row(row.build(rowNum + 1L))) {
        throw new Enough();
      }
    }

    @Override
    public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
      int column = reference == null ? nextColumn : new CellReference(reference).getCol();
      nextColumn = column + 1;
      row.set(column, value == null ? "" : plain(value));
    }
  }
}
