package org.strata.ingest.policeuk;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;

/**
 * Structural checks of one street-level CSV before any of it is loaded: text not binary, the
 * twelve published columns, and a last record that is complete. Reads the head and tail of the
 * file, and the whole file once for its SHA-256.
 */
final class StreetCsvCheck {
  static final List<String> COLUMNS = StreetCsv.COLUMNS;
  private static final int PROBE = 64 * 1024;

  private StreetCsvCheck() {}

  /**
   * Checks the file and returns it ready to load.
   *
   * @param csv the file to read
   * @param source the name errors and the ingest log use for it
   * @throws BadInputException if the file is binary, lacks a column or ends mid-record.
   */
  static PoliceUkFile check(Path csv, String source) {
    Path named = Path.of(source);
    try {
      long size = Files.size(csv);
      byte[] head = readHead(csv);
      String text = decodeText(head, size <= PROBE, named);
      List<String> lines = text.lines().limit(2).toList();
      if (lines.isEmpty()) {
        throw new BadInputException(
            SourcePosition.of(named, 1), "expected the police.uk header, found an empty file");
      }
      checkHeader(lines.get(0), named);
      checkTail(csv, size, named);
      String fallsWithin = null;
      YearMonth month = null;
      if (lines.size() > 1) {
        List<String> first = CsvLine.split(lines.get(1));
        if (first.size() >= 4) {
          fallsWithin = first.get(3).strip();
          month = parseMonth(first.get(1));
        }
      }
      return new PoliceUkFile(csv, source, sha256(csv), size, fallsWithin, month);
    } catch (IOException e) {
      throw new AppException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static YearMonth parseMonth(String text) {
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static byte[] readHead(Path csv) throws IOException {
    try (InputStream in = Files.newInputStream(csv)) {
      return in.readNBytes(PROBE);
    }
  }

  private static String decodeText(byte[] head, boolean whole, Path named) {
    int n = head.length;
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        throw binary(named);
      }
    }
    if (!whole) {
      // The probe may end inside a multi-byte character: decode up to the last line break.
      int cut = n;
      while (cut > 0 && head[cut - 1] != '\n') {
        cut--;
      }
      n = cut == 0 ? n : cut;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(head, 0, n);
    CharBuffer out = CharBuffer.allocate(n);
    if (decoder.decode(in, out, true).isError()) {
      throw notUtf8(named, lineAt(head, in.position()));
    }
    decoder.flush(out);
    String s = out.flip().toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static long lineAt(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Text in another encoding (Windows-1252 from Excel, say): name the line, say how to fix it. */
  private static BadInputException notUtf8(Path named, long line) {
    return new BadInputException(
        SourcePosition.of(named, line),
        "expected UTF-8 text, found bytes that are not UTF-8 (save the file as \"CSV UTF-8\")");
  }

  private static BadInputException binary(Path named) {
    return new BadInputException(
        SourcePosition.of(named, 1),
        "expected a police.uk street-level CSV (UTF-8 text), found binary data");
  }

  private static void checkHeader(String line, Path named) {
    List<String> cells = CsvLine.split(line).stream().map(String::strip).toList();
    List<String> missing = new ArrayList<>();
    for (String c : COLUMNS) {
      if (cells.stream().noneMatch(c::equalsIgnoreCase)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty() || cells.size() != COLUMNS.size()) {
      String found = line.length() > 160 ? line.substring(0, 160) + "…" : line;
      String what =
          missing.isEmpty()
              ? cells.size() + " columns"
              : "no column \"" + String.join("\", \"", missing) + "\"";
      throw new BadInputException(
          SourcePosition.of(named, 1),
          "expected the 12 police.uk columns ("
              + String.join(",", COLUMNS)
              + "), found "
              + what
              + " in header \""
              + found
              + "\"");
    }
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (!cells.get(i).equalsIgnoreCase(COLUMNS.get(i))) {
        throw new BadInputException(
            SourcePosition.of(named, 1),
            "expected column " + (i + 1) + " to be \"" + COLUMNS.get(i) + "\", found \""
                + cells.get(i) + "\"");
      }
    }
  }

  /** A file that does not end with a line break must still end with a whole record. */
  private static void checkTail(Path csv, long size, Path named) throws IOException {
    if (size == 0) {
      return;
    }
    int tailLen = (int) Math.min(size, PROBE);
    byte[] tail = new byte[tailLen];
    try (RandomAccessFile f = new RandomAccessFile(csv.toFile(), "r")) {
      f.seek(size - tailLen);
      f.readFully(tail);
    }
    if (tail[tailLen - 1] == '\n') {
      return;
    }
    int start = tailLen;
    while (start > 0 && tail[start - 1] != '\n') {
      start--;
    }
    String last = new String(tail, start, tailLen - start, StandardCharsets.UTF_8);
    int fields = CsvLine.split(last).size();
    if (fields < COLUMNS.size() || CsvLine.hasOpenQuote(last)) {
      long line = countLines(csv);
      throw new BadInputException(
          SourcePosition.of(named, line),
          "expected a complete record of 12 fields, found "
              + fields
              + " before the end of the file (file truncated?)");
    }
  }

  private static long countLines(Path csv) throws IOException {
    long lines = 1;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(csv)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return lines;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
