package org.strata.ingest.policeuk;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one line of a street-level CSV: their bounds in the line's bytes (quotes
 * included), how many there are, and whether the line ended inside a quoted field. One instance
 * per file, reused for every line.
 */
final class StreetFields {
  private static final int FIELDS = 12;

  /** Where each of the first twelve fields starts, for the last line split. */
  final int[] start = new int[FIELDS];

  /** Where each of the first twelve fields ends (exclusive), for the last line split. */
  final int[] end = new int[FIELDS];

  private int fields;
  private boolean openQuote;

  /** Fields found on the last line split. */
  int count() {
    return fields;
  }

  /** True when the last line split ended inside a quoted field. */
  boolean openQuote() {
    return openQuote;
  }

  /**
   * Finds the fields' bounds (quotes included); a reason when the quoting is broken. A line with
   * no quote and no {@code \r} (nearly every published line) is split in one pass of eight bytes
   * at a time, every comma ending a field; any other line by {@link #splitQuoted}.
   */
  @Nullable String split(byte[] b, int from, int to) {
    fields = 0;
    openQuote = false;
    if (from == to) {
      return "expected a record of " + FIELDS + " fields, found an empty line";
    }
    int f = 0;
    start[0] = from;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = ByteScan.word(b, i);
      if (ByteScan.quoteOrReturn(w)) {
        return splitQuoted(b, from, to);
      }
      for (long m = ByteScan.exactMatches(w, ByteScan.COMMAS); m != 0; m &= m - 1) {
        f = fieldEnd(f, i + (Long.numberOfTrailingZeros(m) >>> 3));
      }
    }
    for (; i < to; i++) {
      byte c = b[i];
      if (c == '"' || c == '\r') {
        return splitQuoted(b, from, to);
      }
      if (c == ',') {
        f = fieldEnd(f, i);
      }
    }
    if (f < FIELDS) {
      end[f] = to;
    }
    fields = f + 1;
    return null;
  }

  /**
   * The field count and the first twelve fields' bounds of a line, split the fast way or the
   * general way: the two must agree on every line without a quote or {@code \r}.
   */
  List<Integer> bounds(byte[] line, boolean general) {
    String problem = general && line.length > 0 ? splitQuoted(line, 0, line.length) : split(line, 0, line.length);
    ArrayList<Integer> out = new ArrayList<>(List.of(problem == null ? fields : -1));
    for (int f = 0; f < Math.min(fields, FIELDS); f++) {
      out.add(start[f]);
      out.add(end[f]);
    }
    return out;
  }

  /** Ends field {@code f} at the comma at {@code comma}; returns the next field's number. */
  private int fieldEnd(int f, int comma) {
    if (f < FIELDS) {
      end[f] = comma;
    }
    if (f + 1 < FIELDS) {
      start[f + 1] = comma + 1;
    }
    return f + 1;
  }

  /** {@link #split} of a line with quotes or a {@code \r}: RFC 4180, field by field. */
  private @Nullable String splitQuoted(byte[] b, int from, int to) {
    fields = 0;
    openQuote = false;
    int i = from;
    while (true) {
      int f = fields;
      if (f < FIELDS) {
        start[f] = i;
      }
      if (i < to && b[i] == '"') {
        i++;
        while (true) {
          if (i >= to) {
            fields++;
            openQuote = true;
            return "field " + (f + 1) + ": expected a closing quote, found the end of the line";
          }
          if (b[i] == '"') {
            if (i + 1 < to && b[i + 1] == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        if (i < to && b[i] != ',') {
          fields++;
          return "field " + (f + 1) + ": expected a comma after the closing quote, found "
              + StreetLineRules.quote(b, i, Math.min(to, i + 20));
        }
      } else {
        while ((i = ByteScan.delimiter(b, i, to)) < to && b[i] != ',') {
          if (b[i] == '"') {
            fields++;
            return "field " + (f + 1) + ": expected a quote only around a whole field, found one"
                + " inside " + StreetLineRules.quote(b, start[Math.min(f, FIELDS - 1)], Math.min(to, i + 20));
          }
          if (b[i] == '\r') {
            fields++;
            return "field " + (f + 1) + ": expected a line break of \\n or \\r\\n, found a lone \\r";
          }
          i++;
        }
      }
      if (f < FIELDS) {
        end[f] = i;
      }
      fields++;
      if (i >= to) {
        return null;
      }
      i++;
    }
  }
}
