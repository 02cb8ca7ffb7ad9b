package org.strata.report.chart;

import java.util.Locale;
import org.strata.analysis.input.Role;
import org.strata.reference.Period;

/** Short labels for chart axes and legends. */
public final class Labels {
  private Labels() {}

  /** A comparator's name for a legend: "Staffordshire (force area)", "England and Wales". */
  public static String role(Role role, String name) {
    return switch (role) {
      case POLICE_FORCE_AREA -> name + " (force area)";
      case REGION -> name + " (region)";
      default -> name;
    };
  }

  /** A period label for an axis: "2023-24", "Jun 2025" or "yr to Jun 2025". */
  public static String period(String label) {
    try {
      Period p = Period.parse(label);
      if (p.isFinancialYear() || p.months() == 1) {
        return p.readable();
      }
      String end = p.end().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK) + " " + p.end().getYear();
      return p.months() == 12 ? "yr to " + end : p.readable();
    } catch (RuntimeException e) {
      return label;
    }
  }

  /** A category name short enough for an axis. */
  public static String shortName(String category) {
    return category.length() <= 34 ? category : category.substring(0, 32).strip() + "…";
  }

  /** A priority criterion's name for a legend. */
  public static String criterion(String c) {
    return switch (c) {
      case "volume" -> "Volume";
      case "rate" -> "Rate vs force";
      case "trend" -> "Trend";
      case "harm" -> "Harm";
      case "concern" -> "Public concern";
      case "alignment" -> "PCC/police alignment";
      default -> c;
    };
  }
}
