package org.strata.reference;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises names as sources write them so that lookups ignore case, spacing and notes. */
final class Names {
  private static final Pattern NOTE = Pattern.compile("\\[note\\s*\\d+]", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern SHORT_FORM =
      Pattern.compile("^(.+), (?:city|county) of$", Pattern.CASE_INSENSITIVE);

  private Names() {}

  /**
   * The lookup key of a name: lower case, "[note N]" removed, "&" read as "and", full stops
   * dropped, hyphens and runs of whitespace (line breaks included) read as one space, trimmed.
   */
  static String key(String name) {
    String s = NOTE.matcher(name).replaceAll(" ");
    s = s.replace("&", " and ").replace(".", "").replace('-', ' ');
    return SPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The short form police.uk uses in LSOA names: "Bristol" for "Bristol, City of", or the name
   * itself when it has no such suffix.
   */
  static String shortForm(String name) {
    var m = SHORT_FORM.matcher(name.strip());
    return m.matches() ? m.group(1) : name;
  }

  /** The edit distance between two strings (insertions, deletions, substitutions). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
