package org.strata.ingest.ons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.ons.TabularFile.Format;

/** Decides a file's format from its extension and its first bytes, refusing mismatches. */
final class FormatSniffer {
  static final String BINARY = "expected a CSV or spreadsheet, found binary data";
  private static final int HEAD = 8192;
  private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

  private FormatSniffer() {}

  static Format detect(Path file) {
    byte[] head = head(file);
    String ext = extension(file);
    if (isZip(head)) {
      Format inside = zipKind(file);
      if (inside == null) {
        throw refuse(file, "expected a CSV or spreadsheet, found a zip archive that is neither XLSX nor ODS");
      }
      if (ext.equals("csv") || ext.equals("txt")) {
        throw refuse(file, "expected CSV text, found a zip archive (an " + inside.name()
            + " workbook named ." + ext + "?)");
      }
      if (ext.equals("xlsx") && inside != Format.XLSX || ext.equals("ods") && inside != Format.ODS) {
        throw refuse(file, "expected an " + ext.toUpperCase(Locale.ROOT) + " workbook, found an "
            + inside.name() + " workbook (rename the file?)");
      }
      return inside;
    }
    if (isOle2(head)) {
      throw refuse(file, "expected a CSV or spreadsheet, found a legacy Excel .xls file (save it as .xlsx)");
    }
    if (looksBinary(head)) {
      throw refuse(file, BINARY);
    }
    if (ext.equals("xlsx") || ext.equals("ods")) {
      throw refuse(file, "expected an " + ext.toUpperCase(Locale.ROOT) + " workbook (a zip archive), found text");
    }
    return Format.CSV;
  }

  private static BadInputException refuse(Path file, String problem) {
    return new BadInputException(SourcePosition.of(file, 1), problem);
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String extension(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6);
  }

  private static boolean isOle2(byte[] b) {
    return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
        && (b[3] & 0xFF) == 0xE0;
  }

  /** NUL bytes, or more than one control character in fifty, mean the file is not text. */
  private static boolean looksBinary(byte[] b) {
    int control = 0;
    for (byte x : b) {
      int c = x & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
        control++;
      }
    }
    return control * 50 > b.length;
  }

  private static @Nullable Format zipKind(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null) {
        try (InputStream in = zip.getInputStream(mimetype)) {
          String mime = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
          return mime.startsWith(ODS_MIME) ? Format.ODS : null;
        }
      }
      return zip.getEntry("xl/workbook.xml") != null || zip.getEntry("[Content_Types].xml") != null
          ? Format.XLSX
          : null;
    } catch (IOException e) {
      throw new BadInputException(SourcePosition.of(file, 1), BINARY + " (a damaged zip archive)", e);
    }
  }
}
