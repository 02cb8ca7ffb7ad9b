package org.strata.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.strata.common.AppException;

/**
 * A logo for the cover, accepted by its content only: a PNG or JPEG by its signature, or an SVG
 * (UTF-8 text whose first element is {@code <svg}), of at most {@link #MAX_BYTES}. The file name's
 * extension is not trusted: {@code logo: /etc/passwd} is refused, not embedded.
 *
 * @param bytes the file's content
 * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}
 */
public record LogoImage(byte[] bytes, String mediaType) {
  /** The largest logo accepted: 1 MiB. */
  public static final int MAX_BYTES = 1024 * 1024;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  /** Copies the bytes. */
  public LogoImage {
    bytes = bytes.clone();
  }

  /**
   * Reads a logo file.
   *
   * @throws AppException if the file cannot be read, is larger than {@link #MAX_BYTES} or is not a
   *     PNG, JPEG or SVG image; the message says what was found.
   */
  public static LogoImage read(Path file) {
    byte[] b = readBounded(file);
    return type(b).map(t -> new LogoImage(b, t)).orElseThrow(() -> new AppException(
        file + ": expected a PNG, JPEG or SVG image, found " + describe(b)));
  }

  /** Why the file cannot be a logo, or empty when it can. */
  public static Optional<String> problem(Path file) {
    try {
      read(file);
      return Optional.empty();
    } catch (AppException e) {
      String m = e.getMessage();
      return Optional.of(m.startsWith(file + ": ") ? m.substring(file.toString().length() + 2) : m);
    }
  }

  private static byte[] readBounded(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = in.readNBytes(MAX_BYTES + 1);
      if (b.length > MAX_BYTES) {
        throw new AppException(file + ": expected a PNG, JPEG or SVG image of at most 1 MB, found a larger file ("
            + String.format(Locale.ROOT, "%,d", Files.size(file)) + " bytes)");
      }
      return b;
    } catch (IOException e) {
      throw new AppException(file + ": expected a readable logo image, found " + e.getMessage(), e);
    }
  }

  static Optional<String> type(byte[] b) {
    if (startsWith(b, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(b, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return isSvg(b) ? Optional.of("image/svg+xml") : Optional.empty();
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** UTF-8 text whose first element, after an XML declaration, comments and a doctype, is svg. */
  private static boolean isSvg(byte[] b) {
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    int i = s.startsWith("\uFEFF") ? 1 : 0;
    while (true) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (s.startsWith("<?", i) || s.startsWith("<!DOCTYPE", i)) {
        i = s.indexOf('>', i);
      } else if (s.startsWith("<!--", i)) {
        i = s.indexOf("-->", i);
        i = i < 0 ? i : i + 2;
      } else {
        return s.startsWith("<svg", i) && s.length() > i + 4
            && (Character.isWhitespace(s.charAt(i + 4)) || s.charAt(i + 4) == '>');
      }
      if (i < 0) {
        return false;
      }
      i++;
    }
  }

  private static String describe(byte[] b) {
    if (b.length == 0) {
      return "an empty file";
    }
    return isText(b) ? "text that is not SVG" : "binary data that is not PNG or JPEG";
  }

  private static boolean isText(byte[] b) {
    for (int i = 0; i < Math.min(b.length, 512); i++) {
      if (b[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
