package org.strata.report;

import static org.strata.report.Words.capital;
import static org.strata.report.Words.count;
import static org.strata.report.Words.dbl;
import static org.strata.report.Words.lower;
import static org.strata.report.Words.num;
import static org.strata.report.Words.pct;
import static org.strata.report.Words.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strata.analysis.Finding;

/**
 * One sentence per finding, by kind. Each method reads only the finding it is given, so every
 * sentence has a finding behind it; {@code i} varies the wording between neighbouring sentences.
 */
final class Sentences {
  private final String totalCategory;

  Sentences(String totalCategory) {
    this.totalCategory = totalCategory;
  }

  /** The category as a sentence's subject: "Recorded crime", "Shoplifting". */
  String name(String category) {
    return category.equals(totalCategory) ? "Recorded crime" : category;
  }

  static String unit(Finding f) {
    if (f.category().toLowerCase(Locale.ROOT).contains("anti-social")) {
      return "incidents";
    }
    return f.taxonomy().equals("police_uk") ? "crimes" : "offences";
  }

  String trend(Finding f, int i) {
    String cat = name(f.category());
    String was = count(f, "count");
    String prev = count(f, "previous_count");
    String change = pct(dbl(f, "change_pct_vs_previous"));
    String before = Words.inPeriod(f.numbers().get("previous_period"));
    String u = unit(f);
    String s = switch (f.direction()) {
      case "up" -> pick(i,
          cat + " rose by " + change + ", from " + prev + " " + u + " " + before + " to " + was + "; the increase is statistically significant.",
          cat + " increased by " + change + " (" + was + " " + u + " against " + prev + " " + before + "), more than chance alone would explain.",
          "There were " + was + " " + lower(cat) + " " + u + ", " + change + " more than the " + prev + " recorded " + before + ", a significant rise.");
      case "down" -> pick(i,
          cat + " fell by " + change + ", from " + prev + " " + u + " " + before + " to " + was + "; the fall is statistically significant.",
          cat + " decreased by " + change + " (" + was + " " + u + " against " + prev + " " + before + "), more than chance alone would explain.",
          "There were " + was + " " + lower(cat) + " " + u + ", " + change + " fewer than the " + prev + " recorded " + before + ", a significant fall.");
      default -> pick(i,
          cat + " was broadly unchanged: " + was + " " + u + " against " + prev + " " + before + ", a difference within what chance would produce.",
          cat + " showed no statistically significant change (" + was + " " + u + ", against " + prev + " " + before + ").",
          "The " + was + " " + lower(cat) + " " + u + " recorded are not significantly different from the " + prev + " " + before + ".");
    };
    if (f.significance() != null && f.significance().volatile_()) {
      s += " Numbers are small, so the change should not be over-read.";
    }
    return s;
  }

  String baseline(Finding f) {
    Number b = num(f, "change_pct_vs_baseline");
    Object period = f.numbers().get("baseline_period");
    if (b == null || period == null || period.equals(f.numbers().get("previous_period")) || period.equals(f.period())) {
      return "";
    }
    String dir = b.doubleValue() >= 0 ? "higher" : "lower";
    return String.format(Locale.UK, "Over the longer term, %s is %s %s than %s, the baseline year (%s against %s %s).",
        lower(name(f.category())), pct(b.doubleValue()), dir, Words.inPeriod(period), count(f, "count"),
        count(f, "baseline_count"), unit(f));
  }

  String compositionTop(Finding f) {
    String rate = num(f, "rate_per_1000") == null ? "" : " (" + Words.rate(dbl(f, "rate_per_1000")) + " per 1,000 residents)";
    return String.format(Locale.UK, "%s is the largest offence group, with %s offences: %s of all recorded crime%s.",
        f.category(), count(f, "count"), pct(dbl(f, "share_of_total_pct")), rate);
  }

  static String compositionNext(List<Finding> next) {
    List<String> parts = new ArrayList<>();
    for (Finding f : next) {
      parts.add(lower(f.category()) + " (" + pct(dbl(f, "share_of_total_pct")) + ")");
    }
    return "It is followed by " + Words.join(parts) + ".";
  }

  static String compositionSub(Finding f, int i) {
    String share = pct(dbl(f, "share_of_parent_pct"));
    String parent = lower(f.comparator() == null ? "its group" : f.comparator());
    return pick(i,
        f.category() + " accounts for " + share + " of " + parent + " (" + count(f, "count") + " offences).",
        f.category() + " makes up " + share + " of all " + parent + ", with " + count(f, "count") + " offences.");
  }

  static String priority(Finding f, int total) {
    int rank = (int) dbl(f, "rank");
    String s = String.format(Locale.UK, "%s ranks %s of %d in the priority matrix, with a score of %.1f.",
        f.category(), Words.ordinal(rank), total, dbl(f, "score"));
    List<String> strong = strongest(f, 2);
    return strong.isEmpty() ? s : s + " It scores most on " + Words.join(strong) + ".";
  }

  /** The criteria with the highest scores, with their reasons, e.g. "volume (3,209 offences…)". */
  static List<String> strongest(Finding f, int n) {
    List<String> reasons = f.caveats();
    return reasons.stream()
        .filter(r -> r.contains(": ") && dbl(f, r.substring(0, r.indexOf(':'))) > 0)
        .sorted((a, b) -> Double.compare(dbl(f, b.substring(0, b.indexOf(':'))), dbl(f, a.substring(0, a.indexOf(':')))))
        .limit(n)
        .map(Sentences::reason)
        .toList();
  }

  static String reason(String criterionAndReason) {
    int c = criterionAndReason.indexOf(": ");
    String criterion = criterionAndReason.substring(0, c);
    String why = criterionAndReason.substring(c + 2);
    String label = switch (criterion) {
      case "rate" -> "rate against the force";
      case "concern" -> "public concern";
      case "alignment" -> "alignment with PCC and police priorities";
      default -> criterion;
    };
    return label + " (" + why.replace(" (", ", ").replace(")", "") + ")";
  }

  String emerging(Finding f) {
    return switch (f.direction()) {
      case "raised_by_stakeholders" -> String.format(Locale.UK,
          "Stakeholders raised %s (%s mentions), yet the recorded data show %s: evidence for it rests on local intelligence.",
          lower(f.category()), count(f, "mentions"),
          num(f, "recorded_count") == null ? "no matching category" : "only " + count(f, "recorded_count") + " offences");
      case "rising_against_trend" -> String.format(Locale.UK,
          "%s rose by %s (from %s to %s offences) while %s of %s categories fell: an issue to watch.",
          f.category(), pct(dbl(f, "change_pct_vs_previous")), count(f, "previous_count"), count(f, "count"),
          count(f, "categories_falling"), count(f, "categories"));
      default -> String.format(Locale.UK,
          "%s is small in number but rising: %s offences against %s the year before (up %s). Treat this as an early signal, not a trend.",
          f.category(), count(f, "count"), count(f, "previous_count"), pct(dbl(f, "change_pct_vs_previous")));
    };
  }

  static String perception(Finding f) {
    String topic = lower(String.valueOf(f.numbers().get("topic")));
    String base = num(f, "base") == null ? "" : " (base " + count(f, "base") + ")";
    String concern = pct(dbl(f, "concern_pct"));
    int cr = (int) dbl(f, "concern_rank");
    int pr = (int) dbl(f, "prevalence_rank");
    if (f.direction().equals("mismatch")) {
      Number ch = num(f, "change_pct_vs_previous");
      String falling = ch != null && ch.doubleValue() < 0 ? ", and fell by " + pct(ch.doubleValue()) + " on the previous year" : "";
      return String.format(Locale.UK,
          "%s of survey respondents%s name %s as a priority, their %s concern, yet it is only %s by recorded volume%s: perception and the data do not match.",
          concern, base, topic, Words.ordinal(cr), Words.ordinal(pr), falling);
    }
    return String.format(Locale.UK,
        "Concern about %s (%s of respondents%s, %s of concerns) is in line with the data, where it ranks %s by volume.",
        topic, concern, base, Words.ordinal(cr), Words.ordinal(pr));
  }

  static List<String> place(Finding f) {
    if (f.direction().equals("persistent_hot_spot")) {
      return List.of(hotSpot(f));
    }
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.UK,
        "The busiest tenth of the area's %s neighbourhoods (LSOAs) accounts for %s of its police.uk records (Gini coefficient %.2f).",
        count(f, "lsoas"), pct(dbl(f, "top_decile_share_pct")), dbl(f, "gini")));
    long hot = (long) dbl(f, "persistent_hot_spots");
    if (hot > 0) {
      out.add(String.format(Locale.UK, "%s %s in the busiest tenth in most months of the period: persistent hot spots.",
          capital(count(f, "persistent_hot_spots")), hot == 1 ? "neighbourhood was" : "neighbourhoods were"));
    }
    Object loc = f.numbers().get("top_location");
    out.add(String.format(Locale.UK, "The busiest neighbourhood was %s, with %s records%s.", f.numbers().get("top_lsoa"),
        count(f, "top_lsoa_count"), loc == null || loc.toString().isBlank() ? "" : ", most often " + lower(loc.toString())));
    return out;
  }

  /** One persistent hot spot: which neighbourhood, how many records, how often in the top tenth. */
  static String hotSpot(Finding f) {
    Object loc = f.numbers().get("top_location");
    return String.format(Locale.UK,
        "%s had %s records (%s of the area's), in the busiest tenth in %s of %s months%s.",
        f.numbers().get("lsoa"), count(f, "count"), pct(dbl(f, "share_pct")),
        count(f, "top_decile_months"), count(f, "months"),
        loc == null || loc.toString().isBlank() ? "" : "; most often " + lower(loc.toString()));
  }
}
