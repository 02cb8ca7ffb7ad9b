package org.strata.ingest.policeuk;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into fields (RFC 4180 quoting), for the header and probe rows only. */
final class CsvLine {
  private CsvLine() {}

  static List<String> split(String line) {
    String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  static boolean hasOpenQuote(String line) {
    long quotes = line.chars().filter(ch -> ch == '"').count();
    return quotes % 2 != 0;
  }
}
