package org.strata.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams an OpenDocument spreadsheet as the Home Office publishes its open data tables: each row
 * padded with a repeated-empty cell run to the last column, each sheet closed by a million
 * repeated-empty rows. Strings become text cells, numbers float cells.
 */
final class OdsWriter implements AutoCloseable {
  private static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";
  private static final int COLUMNS = 16_384;
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 7, 23, 0, 0);

  private final ZipOutputStream zip;
  private final Writer out;
  private boolean inSheet;

  OdsWriter(Path file) throws IOException {
    OutputStream os = Files.newOutputStream(file);
    zip = new ZipOutputStream(os, StandardCharsets.UTF_8);
    byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
    ZipEntry m = entry("mimetype");
    m.setMethod(ZipEntry.STORED);
    m.setSize(mime.length);
    CRC32 crc = new CRC32();
    crc.update(mime);
    m.setCrc(crc.getValue());
    zip.putNextEntry(m);
    zip.write(mime);
    zip.closeEntry();
    zip.putNextEntry(entry("META-INF/manifest.xml"));
    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIME + "\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>\n").getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.putNextEntry(entry("content.xml"));
    out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
        + "<office:body><office:spreadsheet>\n");
  }

  /** An entry with a fixed time, so that the same seed writes the same bytes. */
  private static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(FIXED_TIME);
    return e;
  }

  /** Starts a sheet, closing the previous one. */
  void sheet(String name) throws IOException {
    endSheet();
    out.write("<table:table table:name=\"" + escape(name) + "\"><table:table-column"
        + " table:number-columns-repeated=\"" + COLUMNS + "\"/>\n");
    inSheet = true;
  }

  /** Writes one row: strings as text cells, numbers as float cells. */
  void row(Object... cells) throws IOException {
    out.write("<table:table-row>");
    for (Object c : cells) {
      if (c instanceof Number n) {
        out.write("<table:table-cell office:value-type=\"float\" office:value=\"" + n + "\"><text:p>" + n
            + "</text:p></table:table-cell>");
      } else {
        out.write("<table:table-cell office:value-type=\"string\"><text:p>" + escape(String.valueOf(c))
            + "</text:p></table:table-cell>");
      }
    }
    out.write("<table:table-cell table:number-columns-repeated=\"" + (COLUMNS - cells.length) + "\"/>");
    out.write("</table:table-row>\n");
  }

  private void endSheet() throws IOException {
    if (inSheet) {
      out.write("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell"
          + " table:number-columns-repeated=\"" + COLUMNS + "\"/></table:table-row></table:table>\n");
      inSheet = false;
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  @Override
  public void close() throws IOException {
    endSheet();
    out.write("</office:spreadsheet></office:body></office:document-content>\n");
    out.flush();
    zip.closeEntry();
    zip.close();
  }
}
