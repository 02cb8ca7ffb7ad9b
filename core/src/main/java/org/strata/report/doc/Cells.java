package org.strata.report.doc;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Writes table cells for readers, in British English whatever the machine's locale. */
final class Cells {
  private Cells() {}

  static String text(DataTable.Kind kind, @Nullable Object v) {
    if (v == null) {
      return "–";
    }
    if (kind == DataTable.Kind.HASH) {
      String h = v.toString();
      return h.length() > 16 ? h.substring(0, 16) + "…" : h;
    }
    if (!(v instanceof Number n)) {
      return v.toString();
    }
    return switch (kind) {
      case COUNT -> String.format(Locale.UK, "%,d", n.longValue());
      case RATE, NUMBER -> String.format(Locale.UK, "%,.1f", n.doubleValue());
      case PERCENT -> String.format(Locale.UK, "%.1f%%", n.doubleValue());
      case CHANGE -> String.format(Locale.UK, "%+.0f%%", n.doubleValue());
      case TEXT, HASH -> n.toString();
    };
  }
}
