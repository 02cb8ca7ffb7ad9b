package org.strata.ingest.ons;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.ons.TabularFile.Row;

/**
 * Streams ODS sheets from {@code content.xml} with StAX, one row at a time. Repeated rows and cells
 * ({@code number-rows-repeated}, {@code number-columns-repeated}) advance the line and column
 * without being materialised when empty, so a sheet padded to a million rows or sixteen thousand
 * columns costs nothing; a row with content repeated more than {@value #MAX_REPEATED_ROWS} times
 * refuses the file.
 */
final class OdsFile implements SpreadsheetFile {
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final int MAX_REPEATED_ROWS = 10_000;

  private final Path file;

  OdsFile(Path file) {
    this.file = file;
  }

  @Override
  public void stream(Visitor visitor) {
    // Woodstox, not the JDK's parser: about twice as fast on a 1.4 GB content.xml
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry content = zip.getEntry("content.xml");
      if (content == null) {
        throw new BadInputException(SourcePosition.of(file, 1),
            "expected an ODS spreadsheet with content.xml, found none");
      }
      try (InputStream in = new BufferedInputStream(zip.getInputStream(content), 1 << 16)) {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
          new Walk(file, xml, visitor).sheets();
        } finally {
          xml.close();
        }
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      if (e instanceof BadInputException bad) {
        throw bad;
      }
      throw new BadInputException(SourcePosition.of(file, 1),
          "expected a readable ODS spreadsheet, found " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** One pass over content.xml. */
  private static final class Walk {
    private final Path file;
    private final XMLStreamReader xml;
    private final Visitor visitor;
    private final RowBuilder row = new RowBuilder();
    private final StringBuilder text = new StringBuilder();

    Walk(Path file, XMLStreamReader xml, Visitor visitor) {
      this.file = file;
      this.xml = xml;
      this.visitor = visitor;
    }

    void sheets() throws XMLStreamException {
      int index = 0;
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && isTable("table")) {
          String name = attribute(TABLE, "name", "Sheet" + (index + 1));
          if (visitor.startSheet(index, name)) {
            table();
          } else {
            skip();
          }
          index++;
        }
      }
    }

    /** Streams one table element's rows, positioned on its start tag; ends on its end tag. */
    private void table() throws XMLStreamException {
      long line = 0;
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          if (isTable("table-row")) {
            int repeat = Math.max(1, Integer.parseInt(attribute(TABLE, "number-rows-repeated", "1")));
            readRow();
            if (!row.isBlank() && !emit(line, repeat)) {
              row.clear();
              skipRestOf(depth);
              return;
            }
            row.clear();
            line += repeat;
          } else {
            depth++;
          }
        }
      }
    }

    /**
     * Hands the row (repeated when it has content) to the visitor; past a limit the workbook is
     * refused, for dropping the repeats would lose rows and handing a million over is a bomb.
     */
    private boolean emit(long line, int repeat) {
      if (repeat > MAX_REPEATED_ROWS) {
        throw new BadInputException(SourcePosition.of(file, line + 1), String.format(Locale.ROOT,
            "expected a row with content repeated at most %,d times, found %,d repeats", MAX_REPEATED_ROWS, repeat));
      }
      Row built = row.build(line + 1);
      if (!visitor.row(built)) {
        return false;
      }
      for (int r = 1; r < repeat; r++) {
        if (!visitor.row(new Row(line + 1 + r, built.cells()))) {
          return false;
        }
      }
      return true;
    }

    /** Skips to the end tag of the element {@code depth} levels up. */
    private void skipRestOf(int depth) throws XMLStreamException {
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    /** Reads the cells of the row whose start tag is current; ends on the row's end tag. */
    private void readRow() throws XMLStreamException {
      int column = 0;
      while (true) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          return;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          boolean cell = isTable("table-cell") || isTable("covered-table-cell");
          int repeat = Math.max(1, Integer.parseInt(attribute(TABLE, "number-columns-repeated", "1")));
          String value = cell ? cellValue() : skip();
          if (!value.isEmpty()) {
            for (int c = 0; c < Math.min(repeat, 1024); c++) {
              row.set(column + c, value);
            }
          }
          column += repeat;
        }
      }
    }

    /** A cell's value: the stored number for numeric cells (their display text skipped), else its text. */
    private String cellValue() throws XMLStreamException {
      String type = attribute(OFFICE, "value-type", "");
      String number = attribute(OFFICE, "value", "");
      if ((type.equals("float") || type.equals("percentage") || type.equals("currency")) && !number.isEmpty()) {
        skip();
        return isDigits(number) ? number : new BigDecimal(number).stripTrailingZeros().toPlainString();
      }
      return text();
    }

    private static boolean isDigits(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return s.length() < 19 && (s.length() == 1 || s.charAt(0) != '0');
    }

    /** The text under the current element (paragraphs joined by line breaks); ends on its end tag. */
    private String text() throws XMLStreamException {
      StringBuilder out = this.text;
      out.setLength(0);
      int depth = 1;
      int paragraphs = 0;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String ns = xml.getNamespaceURI();
          String local = xml.getLocalName();
          if (OFFICE.equals(ns) && local.equals("annotation")) {
            skip();
            continue;
          }
          depth++;
          if (TEXT.equals(ns)) {
            switch (local) {
              case "p", "h" -> out.append(paragraphs++ > 0 ? "\n" : "");
              case "s" -> out.append(" ".repeat(Math.min(1000, Integer.parseInt(attribute(TEXT, "c", "1")))));
              case "tab" -> out.append('\t');
              case "line-break" -> out.append('\n');
              default -> { }
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          if (depth > 1) {
            out.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
        }
      }
      return out.toString();
    }

    /** Skips the current element; returns "". */
    private String skip() throws XMLStreamException {
      skipRestOf(1);
      return "";
    }

    private boolean isTable(String local) {
      return TABLE.equals(xml.getNamespaceURI()) && local.equals(xml.getLocalName());
    }

    private String attribute(String ns, String local, String fallback) {
      String value = xml.getAttributeValue(ns, local);
      return value == null ? fallback : value;
    }
  }
}
