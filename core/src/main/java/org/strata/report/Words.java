package org.strata.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.Finding;
import org.strata.reference.Period;

/** Small wording helpers the narrative shares: numbers, periods, names, lists, ordinals. */
final class Words {
  private Words() {}

  static @Nullable Number num(Finding f, String key) {
    Object v = f.numbers().get(key);
    return v instanceof Number n ? n : null;
  }

  static double dbl(Finding f, String key) {
    Number n = num(f, key);
    return n == null ? 0 : n.doubleValue();
  }

  static String count(Finding f, String key) {
    Number n = num(f, key);
    return n == null ? "–" : String.format(Locale.UK, "%,d", n.longValue());
  }

  /** A count with thousands separators: "56,686". */
  static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  static String rate(double r) {
    return String.format(Locale.UK, "%.1f", r);
  }

  static String pct(double p) {
    double a = Math.abs(p);
    return a > 0 && a < 1 ? String.format(Locale.UK, "%.1f%%", a) : String.format(Locale.UK, "%.0f%%", a);
  }

  /** A period for a sentence: "2023-24", "the year to June 2025", "March 2024", "July 2024 to May 2025". */
  static String period(@Nullable Object label) {
    if (label == null) {
      return "";
    }
    try {
      Period p = Period.parse(label.toString());
      if (!p.isFinancialYear() && p.months() == 12) {
        return "the year to " + p.end().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + p.end().getYear();
      }
      return p.readable();
    } catch (RuntimeException e) {
      return label.toString();
    }
  }

  /** "in 2023-24" or "in the year to June 2025". */
  static String inPeriod(@Nullable Object label) {
    String p = period(label);
    return !p.startsWith("the ") && p.contains(" to ") ? "between " + p.replace(" to ", " and ") : "in " + p;
  }

  /** A comparator as a reader names it. */
  static String comparator(@Nullable String comparator) {
    if (comparator == null) {
      return "";
    }
    int colon = comparator.indexOf(':');
    String role = colon < 0 ? comparator : comparator.substring(0, colon);
    String name = colon < 0 ? comparator : comparator.substring(colon + 1);
    return switch (role) {
      case "police_force_area" -> "the " + name + " police force area";
      case "region" -> name.equals("Wales") ? "Wales" : "the " + name + " region";
      case "england_and_wales" -> "England and Wales as a whole";
      case "peer" -> name + " (a similar area)";
      default -> name;
    };
  }

  static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  static String ordinal(int n) {
    String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  /** Lower-cases the first letter unless the word is an acronym ("PCC", "ASB"). */
  static String lower(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** One of several wordings, chosen by a stable index so output is repeatable. */
  static String pick(int i, String... options) {
    return options[Math.floorMod(i, options.length)];
  }

  static String pValue(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.UK, "p = %.3f", p);
  }
}
