package org.strata.cli;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file's data records counted without Strata's readers, to check their "rows read": the records
 * after the header record that hold something (a row whose every cell is empty or white space
 * is layout, not data). CSV is parsed by commons-csv as RFC 4180 with its own settings; XLSX sheet
 * parts and ODS {@code content.xml} are walked with the JDK's own StAX parser, not POI, odfdom or
 * Woodstox. Repeated ODS rows count as often as they are repeated.
 */
final class DataRecords {
  private static final String SHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String ODS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String ODS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  private DataRecords() {}

  /** Picks the header record from its cells (whitespace collapsed, trimmed). */
  interface Header extends Predicate<List<String>> {
    /** The first record is the header. */
    static Header first() {
      return cells -> true;
    }

    /** The first record with a cell equal (ignoring case) to one of these names. */
    static Header naming(String... names) {
      return cells -> cells.stream().anyMatch(c -> List.of(names).stream().anyMatch(c::equalsIgnoreCase));
    }
  }

  /** Data records of a UTF-8 CSV (a leading byte order mark dropped). */
  static long csv(Path file, Header header) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return csv(text.startsWith("\uFEFF") ? text.substring(1) : text, header);
  }

  static long csv(String text, Header header) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader r = new StringReader(text); CSVParser p = CSVFormat.RFC4180.parse(r)) {
      for (CSVRecord rec : p) {
        rows.add(rec.toList());
      }
    }
    return afterHeader(rows, header);
  }

  /** Data records of every XLSX sheet whose name passes, each sheet with its own header. */
  static long xlsx(Path file, Predicate<String> sheets, Header header) throws IOException, XMLStreamException {
    Map<String, byte[]> zip = entries(file);
    List<String> strings = sharedStrings(zip);
    Map<String, String> targets = relationships(zip);
    XMLStreamReader x = xml(zip, "xl/workbook.xml");
    long n = 0;
    while (x.hasNext()) {
      if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")
          && sheets.test(x.getAttributeValue(null, "name"))) {
        String target = targets.get(x.getAttributeValue(RELATIONSHIPS, "id"));
        n += afterHeader(xlsxRows(zip, "xl/" + target.replaceFirst("^/?xl/", ""), strings), header);
      }
    }
    return n;
  }

  /** Data records of every ODS table whose name passes, each with its own header. */
  static long ods(Path file, Predicate<String> tables, Header header) throws IOException, XMLStreamException {
    XMLStreamReader x = xml(entries(file), "content.xml");
    long n = 0;
    while (x.hasNext()) {
      if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("table")
          && ODS_TABLE.equals(x.getNamespaceURI())) {
        String name = x.getAttributeValue(ODS_TABLE, "name");
        List<List<String>> rows = odsRows(x);
        n += tables.test(name) ? afterHeader(rows, header) : 0;
      }
    }
    return n;
  }

  private static long afterHeader(List<List<String>> rows, Header header) {
    long n = 0;
    boolean seen = false;
    for (List<String> row : rows) {
      boolean blank = row.stream().allMatch(String::isBlank);
      if (seen && !blank) {
        n++;
      } else if (!seen && !blank
          && header.test(row.stream().map(c -> c.replaceAll("[\\s\\u00A0]+", " ").strip()).toList())) {
        seen = true;
      }
    }
    return n;
  }

  /** A workbook whose zip container neither the JDK's ZipFile nor its ZipInputStream can read. */
  static final class DamagedContainer extends IOException {
    private static final long serialVersionUID = 1L;

    DamagedContainer(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * A workbook's parts: by the central directory, else entry by entry from the local headers (as
   * POI falls back to when the central directory is damaged), the first of two entries of one
   * name kept.
   *
   * @throws DamagedContainer if neither way reads the archive: its records are then unknowable.
   */
  private static Map<String, byte[]> entries(Path file) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          out.putIfAbsent(e.getName(), in.readAllBytes());
        }
      }
      return out;
    } catch (IOException first) {
      out.clear();
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          out.putIfAbsent(e.getName(), in.readAllBytes());
        }
      } catch (IOException second) {
        second.addSuppressed(first);
        throw new DamagedContainer(file.getFileName() + ": a damaged zip container", second);
      }
      return out;
    }
  }

  private static XMLStreamReader xml(Map<String, byte[]> zip, String entry) throws IOException, XMLStreamException {
    byte[] e = zip.get(entry);
    if (e == null) {
      throw new IOException("no " + entry);
    }
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    // a long element name is well-formed XML, which the readers accept: lift the 1,000-character limit
    f.setProperty("jdk.xml.maxXMLNameLimit", Integer.MAX_VALUE);
    return f.createXMLStreamReader(new ByteArrayInputStream(withoutDeclaration(e)));
  }

  /**
   * The part without its XML declaration: parts are UTF-8, and a damaged declaration ({@code
   * encoding="UT F-8"}) that POI's and Woodstox's parsers pass over says nothing of the rows.
   */
  private static byte[] withoutDeclaration(byte[] xml) {
    String head = new String(xml, 0, Math.min(xml.length, 300), StandardCharsets.ISO_8859_1);
    int end = head.startsWith("<?xml") ? head.indexOf("?>") : -1;
    return end < 0 ? xml : java.util.Arrays.copyOfRange(xml, end + 2, xml.length);
  }

  private static List<String> sharedStrings(Map<String, byte[]> zip) throws IOException, XMLStreamException {
    List<String> out = new ArrayList<>();
    if (!zip.containsKey("xl/sharedStrings.xml")) {
      return out;
    }
    XMLStreamReader x = xml(zip, "xl/sharedStrings.xml");
    StringBuilder text = null;
    int phonetic = 0;
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "si" -> text = new StringBuilder();
          case "rPh" -> phonetic++;
          case "t" -> {
            String t = x.getElementText();
            if (phonetic == 0 && text != null) {
              text.append(t);
            }
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("rPh")) {
        phonetic--;
      } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("si") && text != null) {
        out.add(text.toString());
      }
    }
    return out;
  }

  private static Map<String, String> relationships(Map<String, byte[]> zip) throws IOException, XMLStreamException {
    Map<String, String> out = new HashMap<>();
    XMLStreamReader x = xml(zip, "xl/_rels/workbook.xml.rels");
    while (x.hasNext()) {
      if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
        out.put(x.getAttributeValue(null, "Id"), x.getAttributeValue(null, "Target"));
      }
    }
    return out;
  }

  /** Each {@code <row>} element's cell texts: shared, inline or stored values. */
  private static List<List<String>> xlsxRows(Map<String, byte[]> zip, String part, List<String> strings)
      throws IOException, XMLStreamException {
    XMLStreamReader x = xml(zip, part);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = null;
    String type = "";
    StringBuilder inline = new StringBuilder();
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT && SHEET_MAIN.equals(x.getNamespaceURI())) {
        switch (x.getLocalName()) {
          case "row" -> row = new ArrayList<>();
          case "c" -> {
            type = String.valueOf(x.getAttributeValue(null, "t"));
            inline.setLength(0);
          }
          case "v" -> {
            String v = x.getElementText();
            if (row != null) {
              row.add(type.equals("s") ? shared(strings, v) : v);
            }
          }
          case "t" -> inline.append(x.getElementText());
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && SHEET_MAIN.equals(x.getNamespaceURI())) {
        if (x.getLocalName().equals("c") && type.equals("inlineStr") && row != null) {
          row.add(inline.toString());
        } else if (x.getLocalName().equals("row") && row != null) {
          rows.add(row);
          row = null;
        }
      }
    }
    return rows;
  }

  /** A shared string by its index; an index that is none is the cell's content as written. */
  private static String shared(List<String> strings, String index) {
    try {
      return strings.get(Integer.parseInt(index.strip()));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return index;
    }
  }

  /**
   * The table's rows (positioned on its start tag), a repeated row as often as it repeats. A cell
   * is its stored value ({@code office:value}) or else its paragraphs' text; comments, and
   * characters directly inside the cell, are no content.
   */
  private static List<List<String>> odsRows(XMLStreamReader x) throws XMLStreamException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = null;
    boolean stored = false;
    int repeat = 1;
    int depth = 1;
    int comment = 0;
    int cellDepth = 0;
    while (depth > 0) {
      int event = x.next();
      boolean table = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
          && ODS_TABLE.equals(x.getNamespaceURI());
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (ODS_OFFICE.equals(x.getNamespaceURI()) && x.getLocalName().equals("annotation")) {
          comment++;
        } else if (ODS_TEXT.equals(x.getNamespaceURI()) && cell != null && !stored && comment == 0) {
          // paragraphs, spaces and breaks separate words; their kind does not matter here
          cell.append(' ');
        } else if (table && x.getLocalName().equals("table-row")) {
          row = new ArrayList<>();
          String r = x.getAttributeValue(ODS_TABLE, "number-rows-repeated");
          repeat = r == null ? 1 : Integer.parseInt(r);
        } else if (table && x.getLocalName().endsWith("table-cell")) {
          String value = x.getAttributeValue(ODS_OFFICE, "value");
          stored = value != null;
          cell = new StringBuilder(stored ? value : "");
          cellDepth = depth;
        }
      } else if (event == XMLStreamConstants.CHARACTERS && cell != null && !stored && comment == 0
          && depth > cellDepth) {
        // a cell's text is in its paragraphs; characters directly inside the cell are no content
        cell.append(x.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (ODS_OFFICE.equals(x.getNamespaceURI()) && x.getLocalName().equals("annotation")) {
          comment--;
        } else if (table && x.getLocalName().endsWith("table-cell") && cell != null) {
          row.add(cell.toString());
          cell = null;
        } else if (table && x.getLocalName().equals("table-row")) {
          boolean blank = row.stream().allMatch(String::isBlank);
          for (int i = 0; i < (blank ? 1 : repeat); i++) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }
}
