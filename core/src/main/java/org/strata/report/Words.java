package org.strata.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.Comparator;
import org.strata.reference.Period;

/** Small wording helpers the narrative shares: numbers, periods, names, lists, ordinals. */
final class Words {
  private Words() {}

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

  /** A comparator as a reader names it: "the Staffordshire police force area", "the peer group (5 districts)". */
  static String comparator(Comparator c) {
    String name = c.areaName();
    return switch (c.role()) {
      case POLICE_FORCE_AREA -> "the " + name + " police force area";
      case REGION -> name.equals("Wales") ? "Wales" : "the " + name + " region";
      case ENGLAND_AND_WALES -> "England and Wales as a whole";
      case PEER_GROUP -> "the " + lower(name);
      case PEER -> name + " (a similar area)";
      case SUBJECT -> name;
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
