package org.strata.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strata.analysis.Assessment;
import org.strata.analysis.Finding;

/**
 * Writes plain British English sentences from findings, and only from findings: every sentence
 * names the finding it came from, so a sentence the data does not support cannot be written.
 */
public final class Narrative {
  private Narrative() {}

  /** Key messages for the executive summary, most important first. */
  public static List<String> keyMessages(Assessment a) {
    List<String> out = new ArrayList<>();
    comparison(a).ifPresent(out::add);
    totalTrend(a).ifPresent(out::add);
    List<Finding> comp = a.findings("composition");
    comp.stream().filter(f -> Integer.valueOf(1).equals(f.numbers().get("rank_by_volume"))).findFirst()
        .ifPresent(f -> out.add(String.format(Locale.UK,
            "The most common offence group is %s: %s offences, %s of all recorded crime%s.",
            lower(f.category()), Numbers.count(num(f, "count").longValue()),
            Numbers.pct(num(f, "share_of_total_pct").doubleValue()),
            f.numbers().containsKey("rate_per_1000") ? String.format(Locale.UK, " (%.1f per 1,000 residents)", num(f, "rate_per_1000").doubleValue()) : "")));
    a.findings("emerging_issue").stream().limit(2).forEach(f -> out.add(emerging(f)));
    a.findings("perception_gap").stream().filter(f -> f.direction().equals("mismatch")).limit(1)
        .forEach(f -> out.add(perception(f)));
    return out;
  }

  static java.util.Optional<String> comparison(Assessment a) {
    List<Finding> cmp = a.findings("comparison");
    if (cmp.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (Finding f : cmp) {
      String who = comparatorName(f.comparator());
      String dir = switch (f.direction()) {
        case "higher" -> "higher than";
        case "lower" -> "lower than";
        default -> "similar to";
      };
      parts.add(String.format(Locale.UK, "%s the rate for %s (%.1f)", dir, who, num(f, "comparator_rate_per_1000").doubleValue()));
    }
    Finding first = cmp.get(0);
    return java.util.Optional.of(String.format(Locale.UK,
        "In %s, %s recorded %.1f crimes per 1,000 residents, %s.",
        a.periodReadable(), a.areaName(), num(first, "rate_per_1000").doubleValue(), join(parts)));
  }

  static java.util.Optional<String> totalTrend(Assessment a) {
    return a.findings("trend").stream().filter(f -> f.category().equals(a.totalCategory())).findFirst()
        .map(f -> {
          double pct = num(f, "change_pct_vs_previous") == null ? 0 : num(f, "change_pct_vs_previous").doubleValue();
          String verb = switch (f.direction()) {
            case "up" -> String.format(Locale.UK, "rose by %.0f%%", Math.abs(pct));
            case "down" -> String.format(Locale.UK, "fell by %.0f%%", Math.abs(pct));
            default -> String.format(Locale.UK, "was broadly stable (%+.0f%%, not a statistically significant change)", pct);
          };
          return String.format(Locale.UK, "Recorded crime %s compared with %s (%s to %s offences; %s).",
              verb, f.numbers().get("previous_period"), Numbers.count(num(f, "previous_count").longValue()),
              Numbers.count(num(f, "count").longValue()), Numbers.pValue(f.significance().pValue()));
        });
  }

  /** One sentence for a trend finding. */
  public static String trend(Finding f) {
    Number pct = num(f, "change_pct_vs_previous");
    String change = pct == null ? "" : String.format(Locale.UK, " (%+.0f%%)", pct.doubleValue());
    String judgement = switch (f.direction()) {
      case "up" -> "rose significantly";
      case "down" -> "fell significantly";
      default -> "showed no statistically significant change";
    };
    String s = String.format(Locale.UK, "%s %s%s: %s in %s against %s in %s (%s).",
        capital(f.category()), judgement, change, Numbers.count(num(f, "count").longValue()), f.period(),
        Numbers.count(num(f, "previous_count").longValue()), f.numbers().get("previous_period"),
        Numbers.pValue(f.significance().pValue()));
    if (!f.caveats().isEmpty() && f.significance().volatile_()) {
      s += " Numbers are small, so this should not be over-read.";
    }
    return s;
  }

  static String emerging(Finding f) {
    if (f.direction().equals("raised_by_stakeholders")) {
      return String.format(Locale.UK, "Stakeholders raised %s (%s mentions), which recorded data barely shows; it needs local intelligence rather than police counts.",
          lower(f.category()), f.numbers().get("mentions"));
    }
    return String.format(Locale.UK, "%s is an emerging issue: %s offences against %s the year before (%+.0f%%)%s.",
        capital(f.category()), Numbers.count(num(f, "count").longValue()), Numbers.count(num(f, "previous_count").longValue()),
        num(f, "change_pct_vs_previous") == null ? 0 : num(f, "change_pct_vs_previous").doubleValue(),
        f.direction().equals("rising_against_trend") ? ", rising while most categories fall" : ", small in number but rising");
  }

  static String perception(Finding f) {
    return String.format(Locale.UK, "%.0f%% of survey respondents name %s as a priority (rank %s of concerns), yet it ranks %s by recorded volume%s: perception and data do not match.",
        num(f, "concern_pct").doubleValue(), f.numbers().get("topic"), f.numbers().get("concern_rank"),
        ordinal(num(f, "prevalence_rank").intValue()),
        num(f, "change_pct_vs_previous") != null && num(f, "change_pct_vs_previous").doubleValue() < 0 ? " and is falling" : "");
  }

  static String comparatorName(String comparator) {
    if (comparator == null) {
      return "";
    }
    int colon = comparator.indexOf(':');
    String role = colon < 0 ? comparator : comparator.substring(0, colon);
    String name = colon < 0 ? comparator : comparator.substring(colon + 1);
    return switch (role) {
      case "police_force_area" -> "the " + name + " police force area";
      case "region" -> name.equals("Wales") ? "Wales" : "the " + name + " region";
      case "england_and_wales" -> "England and Wales";
      default -> name;
    };
  }

  static Number num(Finding f, String key) {
    Object v = f.numbers().get(key);
    return v instanceof Number n ? n : null;
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

  static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static Map<String, Object> numbers(Finding f) {
    return f.numbers();
  }
}
