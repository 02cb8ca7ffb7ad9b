package org.strata.ingest.policeuk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The Crime IDs seen in one file, each with the line it was first seen on. police.uk's IDs are 64
 * hex digits (a SHA-256): those are kept as four longs in an open-addressing table, with no
 * object per row; any other ID falls back to a map of strings.
 */
final class CrimeIds {
  private static final byte[] HEX = new byte[256];

  static {
    Arrays.fill(HEX, (byte) -1);
    for (int i = 0; i < 10; i++) {
      HEX['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      HEX['a' + i] = (byte) (10 + i);
      HEX['A' + i] = (byte) (10 + i);
    }
  }

  private long[] keys = new long[4 << 12];
  private long[] lines = new long[1 << 12];
  private int size;
  private final Map<String, Long> others = new HashMap<>();

  /**
   * Records the ID in {@code b[from, to)} as seen on {@code line}.
   *
   * @return the line it was first seen on, or 0 if this is the first time
   */
  long add(byte[] b, int from, int to, long line) {
    if (to - from != 64) {
      return other(b, from, to, line);
    }
    long[] k = new long[4];
    for (int w = 0; w < 4; w++) {
      long v = 0;
      for (int i = from + 16 * w; i < from + 16 * (w + 1); i++) {
        int d = HEX[b[i] & 0xFF];
        if (d < 0) {
          return other(b, from, to, line);
        }
        v = v << 4 | d;
      }
      k[w] = v;
    }
    return put(k, line);
  }

  private long other(byte[] b, int from, int to, long line) {
    Long first = others.putIfAbsent(new String(b, from, to - from, StandardCharsets.ISO_8859_1), line);
    return first == null ? 0 : first;
  }

  private long put(long[] k, long line) {
    if (2 * (size + 1) > lines.length) {
      grow();
    }
    int mask = lines.length - 1;
    int slot = (int) (k[0] ^ k[0] >>> 32 ^ k[3]) & mask;
    while (lines[slot] != 0) {
      int at = 4 * slot;
      if (keys[at] == k[0] && keys[at + 1] == k[1] && keys[at + 2] == k[2] && keys[at + 3] == k[3]) {
        return lines[slot];
      }
      slot = (slot + 1) & mask;
    }
    System.arraycopy(k, 0, keys, 4 * slot, 4);
    lines[slot] = line;
    size++;
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldLines = lines;
    keys = new long[oldKeys.length * 2];
    lines = new long[oldLines.length * 2];
    size = 0;
    long[] k = new long[4];
    for (int s = 0; s < oldLines.length; s++) {
      if (oldLines[s] != 0) {
        System.arraycopy(oldKeys, 4 * s, k, 0, 4);
        put(k, oldLines[s]);
      }
    }
  }
}
