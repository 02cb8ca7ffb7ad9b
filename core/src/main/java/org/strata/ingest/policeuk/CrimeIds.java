package org.strata.ingest.policeuk;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The Crime IDs seen in one file, each with the line it was first seen on. police.uk's IDs are 64
 * hex digits (a SHA-256): those are kept as eight raw longs in an open-addressing table, with no
 * object per row; an ID of any other length falls back to a map of strings.
 */
final class CrimeIds {
  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final int WORDS = 8;

  private final long[] word = new long[WORDS];
  private long[] keys = new long[WORDS << 12];
  private long[] hashes = new long[1 << 12];
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
    // The 64 characters as eight raw words: no parsing, and equal IDs give equal words.
    for (int w = 0; w < 8; w++) {
      word[w] = (long) LONGS.get(b, from + 8 * w);
    }
    return put(word, line);
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
    long h = (k[0] * 0x9E3779B97F4A7C15L ^ k[1] ^ k[7] * 0xC2B2AE3D27D4EB4FL) | 1;
    int slot = (int) (h ^ h >>> 29) & mask;
    // Probe the small array of hashes; read the 64-byte key only when a hash matches.
    while (hashes[slot] != 0) {
      if (hashes[slot] == h
          && java.util.Arrays.equals(keys, WORDS * slot, WORDS * slot + WORDS, k, 0, WORDS)) {
        return lines[slot];
      }
      slot = (slot + 1) & mask;
    }
    hashes[slot] = h;
    System.arraycopy(k, 0, keys, WORDS * slot, WORDS);
    lines[slot] = line;
    size++;
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldLines = lines;
    keys = new long[oldKeys.length * 2];
    hashes = new long[oldLines.length * 2];
    lines = new long[oldLines.length * 2];
    size = 0;
    long[] k = new long[WORDS];
    for (int s = 0; s < oldLines.length; s++) {
      if (oldLines[s] != 0) {
        System.arraycopy(oldKeys, WORDS * s, k, 0, WORDS);
        put(k, oldLines[s]);
      }
    }
  }
}
