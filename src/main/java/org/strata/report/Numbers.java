package org.strata.report;

import java.util.Locale;

/** Number formats for readers, always in British English whatever the machine's locale. */
final class Numbers {
  private Numbers() {}

  static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  static String rate(Double r) {
    return r == null ? "–" : String.format(Locale.UK, "%.1f", r);
  }

  static String pct(Double p) {
    return p == null ? "–" : String.format(Locale.UK, "%.0f%%", p);
  }

  static String pct1(Double p) {
    return p == null ? "–" : String.format(Locale.UK, "%.1f%%", p);
  }

  static String signedPct(Double p) {
    return p == null ? "–" : String.format(Locale.UK, "%+.0f%%", p);
  }

  static String pValue(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.UK, "p = %.3f", p);
  }
}
