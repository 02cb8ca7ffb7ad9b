package org.strata.report;

import static org.strata.report.Words.capital;
import static org.strata.report.Words.count;
import static org.strata.report.Words.lower;
import static org.strata.report.Words.pct;
import static org.strata.report.Words.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strata.analysis.Finding;
import org.strata.analysis.Judgement;
import org.strata.analysis.PriorityRow;
import org.strata.analysis.Subject;
import org.strata.analysis.input.SurveyResult;
import org.strata.reference.Taxonomy;

/**
 * One sentence per finding, by kind. Each method reads only the finding it is given, so every
 * sentence has a finding behind it; a change is worded from the subject's one {@link Judgement},
 * so no two sentences give the same rows two directions. {@code i} varies the wording between
 * neighbouring sentences.
 */
final class Sentences {
  private final String totalCategory;

  Sentences(String totalCategory) {
    this.totalCategory = totalCategory;
  }

  /**
   * The category as a sentence's subject: "Recorded crime", "Shoplifting"; a local extract's
   * category or flag names its source: "Public order incidents in the local extract", "Incidents
   * flagged “cce” in the local extract".
   */
  String name(Subject s) {
    String c = s.category();
    if (c.equals(totalCategory)) {
      return "Recorded crime";
    }
    if (s.taxonomy() != Taxonomy.LOCAL) {
      return capital(c);
    }
    int flagged = c.indexOf(" (flagged ");
    if (flagged > 0) {
      return capital(c.substring(0, flagged)) + " incidents in the local extract (all flagged "
          + c.substring(flagged + " (flagged ".length());
    }
    String lower = c.toLowerCase(Locale.ROOT);
    if (c.equals(lower)) {
      return "Incidents flagged “" + c + "” in the local extract";
    }
    boolean counted = lower.endsWith("offences") || lower.endsWith("crime") || lower.endsWith("incidents");
    return capital(c) + (counted ? "" : " incidents") + " in the local extract";
  }

  /** "offences", "crimes" or "incidents", by the subject's source. */
  static String unit(Subject s) {
    if (Categories.isAsb(s.category()) || s.taxonomy() == Taxonomy.LOCAL) {
      return "incidents";
    }
    return s.taxonomy() == Taxonomy.POLICE_UK ? "crimes" : "offences";
  }

  /** A count with its unit: "1 offence", "282 offences". */
  static String units(long n, Subject s) {
    String u = unit(s);
    return String.format(Locale.UK, "%,d %s", n, n == 1 ? u.substring(0, u.length() - 1) : u);
  }

  String trend(Finding.Trend f, int i) {
    Subject sub = f.subject();
    String cat = name(sub);
    String was = units(f.count(), sub);
    String prev = count(f.previousCount());
    String change = f.changePct() == null ? "" : pct(f.changePct());
    String before = Words.inPeriod(f.previousPeriod());
    Judgement j = f.judgement();
    String s = switch (j.direction()) {
      case UP -> pick(i,
          cat + " rose by " + change + ", from " + prev + " " + before + " to " + was + "; the increase is statistically significant.",
          cat + " increased by " + change + " (" + was + " against " + prev + " " + before + "), more than chance alone would explain.",
          cat + " rose significantly: " + was + ", " + change + " more than the " + prev + " recorded " + before + ".");
      case DOWN -> pick(i,
          cat + " fell by " + change + ", from " + prev + " " + before + " to " + was + "; the fall is statistically significant.",
          cat + " decreased by " + change + " (" + was + " against " + prev + " " + before + "), more than chance alone would explain.",
          cat + " fell significantly: " + was + ", " + change + " fewer than the " + prev + " recorded " + before + ".");
      case STABLE -> j.signal() ? signal(cat, was, prev, before, change, j)
          : pick(i,
              cat + " saw no change beyond chance: " + was + " against " + prev + " " + before + ".",
              cat + " showed no statistically significant change (" + was + ", against " + prev + " " + before + ").",
              cat + " did not change significantly: " + was + " against " + prev + " " + before + ".");
    };
    if (j.significance().volatile_() && !j.signal()) {
      s += " Numbers are small, so the change should not be over-read.";
    }
    return s;
  }

  private static String signal(String cat, String was, String prev, String before, String change, Judgement j) {
    return cat + " rose from " + prev + " " + before + " to " + was + " (up " + change + "), but with numbers this small"
        + " the rise could be chance (" + Words.pValue(j.significance().pValue()) + "): an early signal to watch, not yet a trend.";
  }

  String baseline(Finding.Trend f) {
    if (f.baseline() == null || f.baseline().changePct() == null) {
      return "";
    }
    double b = f.baseline().changePct();
    String dir = b >= 0 ? "higher" : "lower";
    return String.format(Locale.UK, "Over the longer term, the count is %s %s than %s, the baseline year (%s against %s).",
        pct(b), dir, Words.inPeriod(f.baseline().period()), units(f.count(), f.subject()), count(f.baseline().count()));
  }

  String compositionTop(Finding.Composition f, boolean withRank) {
    String rate = f.ratePer1000() == null ? "" : " (" + Words.rate(f.ratePer1000()) + " per 1,000 residents)";
    String which = !withRank || f.rank() == 1 ? "The largest" : "The " + Words.ordinal(f.rank()) + " largest";
    return String.format(Locale.UK, "%s offence group is %s, with %s: %s of all recorded crime%s.",
        which, lower(f.category()), units(f.count(), f.subject()), pct(f.shareOfTotalPct()), rate);
  }

  static String compositionNext(List<Finding.Composition> next) {
    List<String> parts = new ArrayList<>();
    for (Finding.Composition f : next) {
      parts.add(lower(f.category()) + " (" + pct(f.shareOfTotalPct()) + ")");
    }
    return "It is followed by " + Words.join(parts) + ".";
  }

  static String compositionSub(Finding.PartOfGroup f, int i) {
    String share = pct(f.shareOfParentPct());
    String parent = lower(f.parent());
    return pick(i,
        capital(f.category()) + " accounts for " + share + " of " + parent + " (" + units(f.count(), f.subject()) + ").",
        capital(f.category()) + " makes up " + share + " of all " + parent + ", with " + units(f.count(), f.subject()) + ".");
  }

  static String priority(Finding.Priority f, int total) {
    String s = String.format(Locale.UK, "The priority matrix ranks %s %s of %d, with a score of %.1f.",
        lower(f.category()), Words.ordinal(f.rank()), total, f.score());
    List<String> strong = f.evidence().stream().limit(2).map(Sentences::reason).toList();
    return strong.isEmpty() ? s + " No criterion stands out: its score rests on neutral and middling values."
        : s + " It scores most on " + Words.join(strong) + ".";
  }

  static String reason(PriorityRow.PriorityScore score) {
    String label = switch (score.criterion()) {
      case "rate" -> "rate against the force";
      case "concern" -> "public concern";
      case "alignment" -> "alignment with PCC and police priorities";
      default -> score.criterion();
    };
    return label + " (" + score.reason().replace(" (", ", ").replace(")", "") + ")";
  }

  String emerging(Finding f) {
    if (f instanceof Finding.StakeholderIssue s) {
      return String.format(Locale.UK,
          "Stakeholders raised %s (%s), yet the recorded data show %s: evidence for it rests on local intelligence.",
          lower(s.topic()), s.mentions() == 1 ? "1 mention" : count(s.mentions()) + " mentions",
          s.recordedCount() == null ? "no matching category" : "only " + units(s.recordedCount(), s.subject()));
    }
    Finding.EmergingIssue e = (Finding.EmergingIssue) f;
    String cat = name(e.subject());
    String change = e.changePct() == null ? "" : " (up " + pct(e.changePct()) + ")";
    if (e.emergence() == Finding.Emergence.RISING_AGAINST_TREND) {
      return String.format(Locale.UK,
          "%s rose significantly%s, from %s to %s, while %s of %s categories fell: an issue to watch.",
          cat, change, count(e.previousCount()), units(e.count(), e.subject()), count(e.categoriesFalling()),
          count(e.categories()));
    }
    if (e.judgement().signal()) {
      return String.format(Locale.UK,
          "%s, small in number, rose from %s the year before to %s%s, a rise that could still be chance (%s)."
              + " Treat this as an early signal, not a trend.",
          cat, count(e.previousCount()), units(e.count(), e.subject()), change,
          Words.pValue(e.judgement().significance().pValue()));
    }
    return String.format(Locale.UK,
        "%s, small in number, rose significantly from %s the year before to %s%s.",
        cat, count(e.previousCount()), units(e.count(), e.subject()), change);
  }

  static String perception(Finding.PerceptionGap f) {
    SurveyResult s = f.concern();
    String topic = lower(s.topic());
    String base = s.base() == null ? "" : " (base " + count(s.base()) + ")";
    String concern = pct(s.value());
    String of = s.base() == null ? "respondents" : count(s.base()) + " respondents";
    if (f.verdict() == Finding.Perception.MISMATCH) {
      return String.format(Locale.UK,
          "%s of survey respondents%s name %s as a priority, their %s concern, yet %s: a disconnect between"
              + " perception and the recorded data.",
          concern, base, topic, Words.ordinal(f.concernRank()), f.reason());
    }
    return String.format(Locale.UK,
        "Concern about %s (%s of %s, %s of %d concerns) is in line with the recorded data: %s.",
        topic, concern, of, Words.ordinal(f.concernRank()), f.topicsRanked(), f.reason());
  }

  static String survey(Finding.SurveyMeasure f) {
    SurveyResult s = f.result();
    String base = s.base() == null ? "" : " (base " + count(s.base()) + ")";
    String topic = s.topic().toLowerCase(Locale.ROOT);
    String wording = f.wording().replace(" it ", " " + lower(s.topic()) + " ");
    if (topic.startsWith(wording.toLowerCase(Locale.ROOT))) {
      wording = lower(s.topic());
    }
    boolean topicSaid = wording.toLowerCase(Locale.ROOT).contains(topic);
    String about = topicSaid ? "" : " (" + lower(s.topic()) + ")";
    String before = f.previous() == null ? ""
        : String.format(Locale.UK, ", against %s in %d", pct(f.previous().value()), f.previous().year());
    return String.format(Locale.UK, "%s of respondents to the %d survey%s %s%s%s.",
        pct(s.value()), s.year(), base, wording, about, before);
  }

  static List<String> place(Finding.Concentration f) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.UK,
        "The busiest tenth of the area's %s neighbourhoods (LSOAs) accounts for %s of its police.uk records (Gini coefficient %.2f).",
        count(f.lsoas()), pct(f.topDecileSharePct()), f.gini()));
    long hot = f.persistentHotSpots();
    if (hot > 0) {
      out.add(String.format(Locale.UK, "%s %s in the busiest tenth in most months of the period: persistent hot spots.",
          capital(count(hot)), hot == 1 ? "neighbourhood was" : "neighbourhoods were"));
    }
    String loc = f.topLocation();
    out.add(String.format(Locale.UK, "The busiest neighbourhood was %s, with %s records%s.", f.topLsoa(),
        count(f.topLsoaCount()), loc.isBlank() ? "" : ", most often " + lower(loc)));
    return out;
  }

  /** One persistent hot spot: which neighbourhood, how many records, how often in the top tenth. */
  static String hotSpot(Finding.HotSpot f) {
    String loc = f.topLocation();
    return String.format(Locale.UK,
        "%s had %s records (%s of the area's), in the busiest tenth in %s of %s months%s.",
        f.lsoa(), count(f.count()), pct(f.sharePct()), count(f.topDecileMonths()), count(f.months()),
        loc.isBlank() ? "" : "; most often " + lower(loc));
  }
}
