package org.strata.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.Role;

/** Numbers and addresses as the pages show them (UK English). */
final class Fmt {
  private Fmt() {}

  static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  static String rate(@Nullable Double r) {
    return r == null ? "–" : String.format(Locale.UK, "%,.1f", r);
  }

  static String pct(@Nullable Double p) {
    return p == null ? "–" : String.format(Locale.UK, "%.1f%%", p);
  }

  static String signedPct(@Nullable Double p) {
    return p == null ? "–" : String.format(Locale.UK, "%+.1f%%", p);
  }

  static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : String.format(Locale.UK, "%.3f", p);
  }

  /** A query-string value, encoded. */
  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A role key as readers say it. */
  static String role(Role role) {
    return switch (role) {
      case SUBJECT -> "this area";
      case POLICE_FORCE_AREA -> "police force area";
      case ENGLAND_AND_WALES -> "England and Wales";
      default -> role.key().replace('_', ' ');
    };
  }

  /** The last segment of a stored source path (a file, or an archive entry after "!/"). */
  static String fileName(String path) {
    String p = path.replace("!/", "/").replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
