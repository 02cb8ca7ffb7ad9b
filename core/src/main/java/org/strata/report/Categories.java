package org.strata.report;

import java.util.Locale;

/** Category names the document treats specially. */
final class Categories {
  /** Police.uk's anti-social behaviour crime type. */
  static final String ASB = "Anti-social behaviour";

  private Categories() {}

  static boolean isAsb(String category) {
    return category.toLowerCase(Locale.ROOT).startsWith("anti-social");
  }

  /** A category name as an id: "violence-against-the-person". */
  static String slug(String category) {
    String s = category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.length() > 40 ? s.substring(0, 40).replaceAll("-$", "") : s;
  }
}
