package org.strata.ingest.policeuk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes in a buffer eight at a time (a word-at-a-time search), for the one pass over every
 * police.uk file: a byte loop would cost as much as the SHA-256 beside it.
 */
final class ByteScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';
  /** The comma repeated in each byte, for {@link #exactMatches}. */
  static final long COMMAS = ONES * ',';
  private static final long QUOTES = ONES * '"';
  private static final long RETURNS = ONES * '\r';

  private ByteScan() {}

  /** A mark on the high bit of each byte of {@code word} equal to the byte repeated in {@code pattern}. */
  private static long matches(long word, long pattern) {
    long v = word ^ pattern;
    return (v - ONES) & ~v & HIGHS;
  }

  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

  /**
   * A mark on the high bit of exactly the bytes of {@code word} equal to the byte repeated in
   * {@code pattern}: unlike {@link #matches}, no byte after a match is marked by a borrow, so
   * every mark may be used, not only the first.
   */
  static long exactMatches(long word, long pattern) {
    long v = word ^ pattern;
    return ~(((v & LOWS) + LOWS) | v | LOWS);
  }

  /** The eight bytes of {@code b} from {@code i}, little-endian. */
  static long word(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /** True when any byte of {@code word} is a quote or {@code \r}. */
  static boolean quoteOrReturn(long word) {
    return (matches(word, QUOTES) | matches(word, RETURNS)) != 0;
  }

  /** The index of the first {@code \n} in {@code b[from, to)}, or -1. */
  static int newline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long m = matches((long) LONGS.get(b, i), NEWLINES);
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first comma, quote or {@code \r} in {@code b[from, to)}, or {@code to}. */
  static int delimiter(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i);
      long m = matches(w, COMMAS) | matches(w, QUOTES) | matches(w, RETURNS);
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    for (; i < to; i++) {
      byte c = b[i];
      if (c == ',' || c == '"' || c == '\r') {
        return i;
      }
    }
    return to;
  }
}
