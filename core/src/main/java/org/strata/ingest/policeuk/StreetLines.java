package org.strata.ingest.policeuk;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.ingest.RejectedRow;

/**
 * One read of a whole street-level CSV: its SHA-256, its data records (every line after the
 * header is one), and each line the {@link StreetLineRules} refuse, with the reason. A file with
 * refused lines, a byte order mark or mixed line endings is then copied once more, with each refused line replaced
 * by a placeholder that DuckDB rejects at the same line number, so that DuckDB's line numbers and
 * counts stay those of the original file.
 */
final class StreetLines {
  /** A line DuckDB's reader rejects (its month is no date): it stands in for a refused line. */
  static final byte[] PLACEHOLDER = ",refused,,,,,,,,refused,,".getBytes(StandardCharsets.US_ASCII);

  private static final int RAW_LIMIT = 2000;

  private StreetLines() {}

  /**
   * What one read found.
   *
   * @param records the data lines (all lines but the header)
   * @param rejects the refused lines, in order
   * @param needsCopy true when DuckDB should read a cleaned copy rather than the file
   * @param truncated true when the last line has no line break and is an incomplete record
   * @param lastFields fields on that last line
   */
  record Result(
      String sha256,
      long records,
      List<RejectedRow> rejects,
      boolean needsCopy,
      boolean truncated,
      int lastFields,
      @Nullable String fallsWithin,
      java.time.@Nullable YearMonth month) {}

  /** Receives each line of a file: its bytes {@code [from, to)} without the line break. */
  @FunctionalInterface
  private interface LineSink {
    void line(byte[] b, int from, int to, long number, boolean lastWithoutBreak) throws IOException;
  }

  /** Reads the file once, hashing and checking every line. */
  static Result scan(Path csv, StreetLineRules rules) throws IOException {
    MessageDigest md = sha256();
    List<RejectedRow> rejects = new ArrayList<>();
    boolean[] flags = new boolean[2]; // [0] truncated, [1] a byte order mark
    long[] endings = new long[2]; // lines ending \n, lines ending \r\n
    int[] lastFields = new int[1];
    long lines =
        forEachLine(
            csv,
            md,
            (b, from, to, n, last) -> {
              int end = to > from && b[to - 1] == '\r' ? to - 1 : to;
              if (!last) {
                endings[end == to ? 0 : 1]++;
              }
              if (n == 1) {
                flags[1] = to - from >= 3 && b[from] == (byte) 0xEF;
                return;
              }
              String problem = rules.check(b, from, end, n);
              if (last && (rules.openQuote() || rules.fields() < 12)) {
                flags[0] = true;
                lastFields[0] = rules.fields();
              } else if (problem != null) {
                rejects.add(new RejectedRow(n, problem, raw(b, from, end)));
              }
            });
    long records = Math.max(0, lines - 1);
    return new Result(
        HexFormat.of().formatHex(md.digest()),
        records,
        rejects,
        flags[1] || endings[0] > 0 && endings[1] > 0 || !rejects.isEmpty(),
        flags[0],
        lastFields[0],
        rules.fallsWithin(),
        rules.fileMonth());
  }

  /**
   * Writes the copy DuckDB reads instead of the file: {@code \n} endings, no byte order mark, and
   * each refused line replaced by {@link #PLACEHOLDER}.
   */
  static void writeCopy(Path csv, List<RejectedRow> rejects, Path target) throws IOException {
    long[] refused = rejects.stream().mapToLong(RejectedRow::line).toArray();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
      forEachLine(
          csv,
          null,
          (b, from, to, n, last) -> {
            int s = n == 1 && to - from >= 3 && b[from] == (byte) 0xEF ? from + 3 : from;
            int end = to > s && b[to - 1] == '\r' ? to - 1 : to;
            if (n > 1 && Arrays.binarySearch(refused, n) >= 0) {
              out.write(PLACEHOLDER);
            } else {
              out.write(b, s, end - s);
            }
            out.write('\n');
          });
    }
  }

  /** Calls the sink for every line; returns the number of lines. */
  private static long forEachLine(Path csv, @Nullable MessageDigest md, LineSink sink)
      throws IOException {
    byte[] buf = new byte[1 << 20];
    int len = 0;
    long number = 0;
    try (InputStream in = Files.newInputStream(csv)) {
      while (true) {
        int n = in.read(buf, len, buf.length - len);
        if (n > 0 && md != null) {
          md.update(buf, len, n);
        }
        len += Math.max(n, 0);
        int from = 0;
        for (int i = nextBreak(buf, 0, len); i >= 0; i = nextBreak(buf, from, len)) {
          sink.line(buf, from, i, ++number, false);
          from = i + 1;
        }
        if (n < 0) {
          if (from < len) {
            sink.line(buf, from, len, ++number, true);
          }
          return number;
        }
        System.arraycopy(buf, from, buf, 0, len - from);
        len -= from;
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
      }
    }
  }

  private static int nextBreak(byte[] b, int from, int to) {
    return ByteScan.newline(b, from, to);
  }

  private static String raw(byte[] b, int from, int to) {
    int cut = Math.min(to, from + RAW_LIMIT);
    return new String(b, from, cut - from, StandardCharsets.UTF_8) + (cut < to ? "…" : "");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
