package org.strata.ingest.policeuk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;

/**
 * Checks of one street-level CSV before any of it is loaded: text not binary, the twelve
 * published columns, a last record that is complete (else the file is refused whole), and every
 * data line by {@link StreetLineRules} (else that line is a rejected row with its reason). Reads
 * the head of the file, then the whole file once for its SHA-256 and its lines.
 */
final class StreetCsvCheck {
  static final List<String> COLUMNS = StreetCsv.COLUMNS;
  private static final int PROBE = 64 * 1024;
  private static final Pattern NAMED_MONTH = Pattern.compile("(\\d{4}-\\d{2})[-_]");

  private StreetCsvCheck() {}

  /**
   * Checks the file and returns it ready to load.
   *
   * @param csv the file to read
   * @param source the name errors and the ingest log use for it
   * @throws BadInputException if the file is binary, lacks a column or ends mid-record.
   */
  static PoliceUkFile check(Path csv, String source) {
    return check(csv, source, null);
  }

  /**
   * Checks the file and every data line, and returns it ready to load; a file with refused lines
   * or irregular line endings is loaded from a cleaned copy written into {@code temp}.
   *
   * @param temp where cleaned copies go (deleted with the scan); null for the system's temp folder
   * @throws BadInputException if the file is binary, lacks a column or ends mid-record.
   */
  static PoliceUkFile check(Path csv, String source, @Nullable Path temp) {
    Path named = Path.of(source);
    try {
      long size = Files.size(csv);
      byte[] head = readHead(csv);
      String text = decodeText(head, size <= PROBE, named);
      if (text.isEmpty()) {
        throw new BadInputException(
            SourcePosition.of(named, 1), "expected the police.uk header, found an empty file");
      }
      checkHeader(headerLine(text, named), named);
      StreetLineRules rules = new StreetLineRules(monthInName(source), lastMonth());
      StreetLines.Result r = StreetLines.scan(csv, rules);
      if (r.truncated()) {
        throw new BadInputException(
            SourcePosition.of(named, r.records() + 1),
            "expected a complete record of 12 fields, found "
                + r.lastFields()
                + " before the end of the file (file truncated?)");
      }
      Path loadable = csv;
      if (r.needsCopy()) {
        loadable = temp == null ? Files.createTempFile("strata-clean-", ".csv")
            : Files.createTempFile(temp, "clean-", ".csv");
        loadable.toFile().deleteOnExit();
        StreetLines.writeCopy(csv, r.rejects(), loadable);
      }
      return new PoliceUkFile(
          loadable, source, r.sha256(), size, r.fallsWithin(), r.month(), r.records(), r.rejects());
    } catch (IOException e) {
      throw new AppException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The latest month a file may hold: police.uk publishes each month after it ends. */
  private static YearMonth lastMonth() {
    return YearMonth.now(ZoneOffset.UTC);
  }

  /** The month a published file's name starts with ({@code 2024-01-west-mercia-street.csv}). */
  static @Nullable YearMonth monthInName(String source) {
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    Matcher m = NAMED_MONTH.matcher(name);
    return m.lookingAt() ? parseMonth(m.group(1)) : null;
  }

  private static @Nullable YearMonth parseMonth(String text) {
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

  /**
   * The first line, ended as police.uk lines are, by \\n or \\r\\n. A lone \\r inside it (old Mac
   * line endings) once passed here as a line break while the loader read the file as one line, and
   * the load failed in the engine (exit 3): it refuses the file.
   */
  private static String headerLine(String text, Path named) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    // \r\r\n passes here: each data line ending so is then rejected for its stray \r
    line = line.replaceFirst("\r+$", "");
    if (line.indexOf('\r') >= 0) {
      throw new BadInputException(SourcePosition.of(named, 1),
          "expected lines ended by \\n or \\r\\n, found a lone \\r in the header line (save the file"
              + " with Windows or Unix line endings)");
    }
    return line;
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
}
