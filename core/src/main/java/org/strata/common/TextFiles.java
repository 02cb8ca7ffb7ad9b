package org.strata.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a small text input (a CSV of areas or LSOAs, a YAML config or mapping) as UTF-8, refusing
 * with {@code FILE:LINE: expected …, found …} what is not: a folder, binary data, UTF-16, or bytes
 * that are not UTF-8. A leading byte order mark is dropped.
 */
public final class TextFiles {
  /** The largest text input read whole: these files are hand-made and small. */
  private static final long LIMIT = 256L << 20;

  private TextFiles() {}

  /**
   * The file's text.
   *
   * @param what what the file should be, for messages ("a CSV of areas")
   * @throws BadInputException if the file is a folder, too large, binary, UTF-16 or not UTF-8.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public static String readUtf8(Path file, String what) {
    if (Files.isDirectory(file)) {
      throw new BadInputException(SourcePosition.of(file, 1), "expected " + what + ", found a folder");
    }
    byte[] bytes;
    try {
      if (Files.size(file) > LIMIT) {
        throw new BadInputException(SourcePosition.of(file, 1),
            "expected " + what + " of at most 256 MiB, found " + Files.size(file) + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (bytes.length >= 2
        && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
            || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
      throw new BadInputException(SourcePosition.of(file, 1),
          "expected " + what + " in UTF-8, found UTF-16 text (save it as UTF-8)");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadInputException(SourcePosition.of(file, lineAt(bytes, i)),
            "expected " + what + " (UTF-8 text), found binary data");
      }
    }
    return decode(file, bytes, what);
  }

  private static String decode(Path file, byte[] bytes, String what) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
      throw new BadInputException(SourcePosition.of(file, lineAt(bytes, in.position())),
          "expected " + what + " in UTF-8, found bytes that are not UTF-8 (save it as UTF-8)");
    }
    String s = out.flip().toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static long lineAt(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < Math.min(offset, bytes.length); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
