package org.strata.report;

import static org.strata.report.Words.dbl;
import static org.strata.report.Words.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.strata.analysis.Assessment;
import org.strata.analysis.Finding;

/**
 * The assessment's text in plain British English, written from its findings and only from them:
 * each method reads findings of one or more kinds and returns sentences, or nothing when those
 * findings are absent, so no sentence can say what the data do not support.
 */
public final class Narrative {
  private final Assessment a;
  private final Sentences s;

  /** The narrative of one assessment. */
  public Narrative(Assessment a) {
    this.a = a;
    this.s = new Sentences(a.totalCategory());
  }

  /** The facts a reader should take away, most important first. */
  public List<String> keyFindings() {
    List<String> out = new ArrayList<>();
    comparison().ifPresent(out::add);
    totalTrend().ifPresent(out::add);
    SixYearStory story = new SixYearStory(a);
    story.direction().ifPresent(out::add);
    story.missingYears().ifPresent(out::add);
    out.addAll(story.crossings().stream().limit(2).toList());
    topComposition().ifPresent(f -> out.add(s.compositionTop(f)));
    List<Finding> asb = about("trend", Categories.ASB);
    if (!asb.isEmpty()) {
      out.add(s.trend(asb.get(0), 1));
    }
    a.findings("place").stream().findFirst().ifPresent(f -> out.add(Sentences.place(f).get(0)));
    a.findings("emerging_issue").stream().limit(2).forEach(f -> out.add(s.emerging(f)));
    a.findings("perception_gap").stream().filter(f -> f.direction().equals("mismatch")).limit(1)
        .forEach(f -> out.add(Sentences.perception(f)));
    return out;
  }

  /** What the partnership should do about the findings, most important first. */
  public List<String> keyMessages() {
    List<String> out = new ArrayList<>();
    List<Finding> top = topPriorities();
    if (!top.isEmpty()) {
      out.add("Focus partnership effort on " + Words.join(top.stream().map(f -> lower(f.category())).toList())
          + ", the highest-ranked categories in the priority matrix.");
    }
    a.findings("emerging_issue").stream().filter(f -> !f.direction().equals("raised_by_stakeholders")).limit(1)
        .forEach(f -> out.add("Keep watch on " + lower(f.category()) + ": it is rising (up "
            + Words.pct(dbl(f, "change_pct_vs_previous")) + " on the previous year) and could become a priority."));
    a.findings("emerging_issue").stream().filter(f -> f.direction().equals("raised_by_stakeholders")).limit(1)
        .forEach(f -> out.add("Gather local intelligence on " + lower(f.category()) + ", which stakeholders raised but police data barely show."));
    a.findings("perception_gap").stream().filter(f -> f.direction().equals("mismatch")).limit(1)
        .forEach(f -> out.add("Address public concern about " + lower(String.valueOf(f.numbers().get("topic")))
            + " through communication as well as enforcement: residents rank it higher than the recorded data do."));
    a.findings("place").stream().filter(f -> dbl(f, "persistent_hot_spots") > 0).findFirst()
        .ifPresent(f -> out.add("Target problem-solving at the persistent hot-spot neighbourhoods, starting with "
            + f.numbers().get("top_lsoa") + "."));
    totalTrendFinding().filter(f -> f.direction().equals("up"))
        .ifPresent(f -> out.add("Recorded crime is rising significantly: review why before the next assessment."));
    return out;
  }

  /** One sentence for one trend finding. */
  public String trend(Finding f) {
    return s.trend(f, 0);
  }

  /** The area's rate against each comparator, in one or two sentences. */
  public Optional<String> comparison() {
    List<Finding> cmp = a.findings("comparison").stream().filter(f -> f.category().equals(a.totalCategory())).toList();
    if (cmp.isEmpty()) {
      return Optional.empty();
    }
    Finding first = cmp.get(0);
    Map<String, List<String>> byDirection = new LinkedHashMap<>();
    for (Finding f : cmp) {
      byDirection.computeIfAbsent(f.direction(), k -> new ArrayList<>())
          .add(Words.comparator(f.comparator()) + " (" + Words.rate(dbl(f, "comparator_rate_per_1000")) + ")");
    }
    List<String> parts = new ArrayList<>();
    byDirection.forEach((dir, who) -> parts.add(switch (dir) {
      case "higher" -> "higher than";
      case "lower" -> "lower than";
      default -> "similar to";
    } + (who.size() > 1 ? " the rates for " : " the rate for ") + Words.join(who)));
    return Optional.of(String.format(Locale.UK,
        "%s, %s recorded %s crimes per 1,000 residents (%s %s). This is %s.",
        Words.capital(Words.inPeriod(first.period())), a.areaName(), Words.rate(dbl(first, "rate_per_1000")),
        Words.count(first, "count"), Sentences.unit(first), String.join(", and ", parts)));
  }

  /** The change in all recorded crime against the previous year, and against the baseline. */
  public Optional<String> totalTrend() {
    return totalTrendFinding().map(f -> (s.trend(f, 0) + " " + s.baseline(f)).strip());
  }

  private Optional<Finding> totalTrendFinding() {
    return a.findings("trend").stream().filter(f -> f.category().equals(a.totalCategory())).findFirst();
  }

  /** Sentences on the make-up of recorded crime: the largest groups and the large subgroups. */
  public List<String> composition() {
    List<String> out = new ArrayList<>();
    topComposition().ifPresent(f -> out.add(s.compositionTop(f)));
    List<Finding> next = a.findings("composition").stream().filter(f -> f.numbers().containsKey("rank_by_volume")
        && dbl(f, "rank_by_volume") > 1).toList();
    if (!next.isEmpty()) {
      out.add(Sentences.compositionNext(next));
    }
    int i = 0;
    for (Finding f : a.findings("composition")) {
      if (f.numbers().containsKey("share_of_parent_pct")) {
        out.add(Sentences.compositionSub(f, i++));
      }
    }
    return out;
  }

  /** One sentence per category trend other than the total, busiest first. */
  public List<String> trends() {
    List<String> out = new ArrayList<>();
    int i = 1;
    for (Finding f : a.findings("trend")) {
      if (!f.category().equals(a.totalCategory()) && !Categories.isAsb(f.category())) {
        out.add(s.trend(f, i++));
      }
    }
    return out;
  }

  /** Everything the findings say about anti-social behaviour. */
  public List<String> antiSocialBehaviour() {
    List<String> out = new ArrayList<>();
    about("trend", Categories.ASB).forEach(f -> out.add(s.trend(f, 0)));
    about("composition", Categories.ASB).forEach(f -> out.add(Sentences.compositionSub(f, 0)));
    about("priority", Categories.ASB).forEach(f -> out.add(Sentences.priority(f, a.findings("priority").size())));
    about("perception_gap", Categories.ASB).forEach(f -> out.add(Sentences.perception(f)));
    about("emerging_issue", Categories.ASB).forEach(f -> out.add(s.emerging(f)));
    return out;
  }

  /** How local priorities line up with the PCC's and the police's, from the matrix's alignment scores. */
  public List<String> strategicContext() {
    List<Finding> pr = a.findings("priority");
    if (pr.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (Finding f : pr) {
      if (dbl(f, "alignment") > 0) {
        f.caveats().stream().filter(c -> c.startsWith("alignment: ")).findFirst()
            .ifPresent(c -> byReason.computeIfAbsent(c.substring(11), k -> new ArrayList<>()).add(lower(f.category())));
      }
    }
    if (byReason.isEmpty()) {
      return List.of("No PCC or police priorities were given for this assessment, so alignment adds nothing to any"
          + " category's score in the priority matrix; the ranking rests on volume, rate, trend, harm and concern.");
    }
    List<String> out = new ArrayList<>();
    byReason.forEach((reason, cats) -> out.add(Words.capital(Words.join(cats)) + (cats.size() > 1 ? " are each " : " is ")
        + reason.replaceFirst("^a ", "a ") + "."));
    List<String> both = topPriorities().stream().filter(f -> dbl(f, "alignment") > 0).map(f -> lower(f.category())).toList();
    out.add(both.isEmpty() ? "None of the five highest-ranked local priorities is a stated PCC or police priority."
        : "Of the five highest-ranked local priorities, " + Words.join(both) + (both.size() > 1 ? " align" : " aligns")
            + " with PCC or police priorities.");
    return out;
  }

  /** The ranking in a sentence or two. */
  public List<String> prioritiesSummary() {
    List<Finding> top = topPriorities();
    if (top.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add("The priority matrix scores " + a.findings("priority").size() + " offence categories on volume, rate against the"
        + " force, trend, harm, public concern and alignment with PCC and police priorities. The highest-ranked are "
        + Words.join(top.stream().map(f -> lower(f.category()) + " (" + Words.rate(dbl(f, "score")) + ")").toList()) + ".");
    return out;
  }

  /** What the findings say about one category: rank, make-up, trend and comparison with the force. */
  public List<String> category(String category) {
    List<String> out = new ArrayList<>();
    about("priority", category).forEach(f -> out.add(Sentences.priority(f, a.findings("priority").size())));
    about("composition", category).forEach(f -> out.add(f.numbers().containsKey("rank_by_volume")
        ? s.compositionTop(f).replace("is the largest offence group", "is the " + Words.ordinal((int) dbl(f, "rank_by_volume"))
            + " largest offence group").replace("the 1st largest", "the largest")
        : Sentences.compositionSub(f, 1)));
    about("trend", category).forEach(f -> {
      out.add(s.trend(f, 2));
      String b = s.baseline(f);
      if (!b.isEmpty()) {
        out.add(b);
      }
    });
    about("emerging_issue", category).forEach(f -> out.add(s.emerging(f)));
    about("perception_gap", category).forEach(f -> out.add(Sentences.perception(f)));
    return out;
  }

  /** Emerging issues, one sentence each. */
  public List<String> emerging() {
    return a.findings("emerging_issue").stream().map(s::emerging).toList();
  }

  /** Perception against recorded data, one sentence per survey topic. */
  public List<String> perception() {
    return a.findings("perception_gap").stream().map(Sentences::perception).toList();
  }

  /** Concentration, hot spots and the busiest neighbourhood. */
  public List<String> place() {
    List<String> out = new ArrayList<>();
    List<Finding> place = a.findings("place");
    place.stream().filter(f -> !f.direction().equals("persistent_hot_spot"))
        .forEach(f -> out.addAll(Sentences.place(f)));
    place.stream().filter(f -> f.direction().equals("persistent_hot_spot"))
        .forEach(f -> out.add(Sentences.hotSpot(f)));
    return out;
  }

  /** Caveats: the assessment's own and those attached to its findings, each once. */
  public List<String> caveats() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    a.findings("caveat").forEach(f -> out.add(String.valueOf(f.numbers().getOrDefault("text", String.join("; ", f.caveats())))));
    for (Finding f : a.findings()) {
      if (f.kind().equals("comparison")) {
        f.caveats().forEach(c -> out.add(Words.capital(c) + (c.endsWith(".") ? "" : ".")));
      } else if (!f.kind().equals("caveat") && !f.kind().equals("priority")) {
        f.caveats().forEach(c -> out.add(Words.capital(lower(f.category().isEmpty() ? "" : f.category() + ": ")) + c + (c.endsWith(".") ? "" : ".")));
      }
    }
    return List.copyOf(out);
  }

  /** The recommendations: one per top-ranked priority, each with its reasons. */
  public List<Recommendation> recommendations() {
    List<Recommendation> out = new ArrayList<>();
    int i = 0;
    for (Finding f : topPriorities()) {
      String verb = Words.pick(i++, "Treat %s as a partnership priority.", "Make %s a partnership priority.",
          "Keep %s among the partnership's priorities.");
      List<String> reasons = f.caveats().stream().filter(c -> c.contains(": ") && dbl(f, c.substring(0, c.indexOf(':'))) >= 1)
          .map(c -> Words.capital(Sentences.reason(c)) + ".").toList();
      out.add(new Recommendation(f.category(), String.format(verb, lower(f.category()))
          + String.format(Locale.UK, " It ranks %s in the priority matrix with a score of %.1f.", Words.ordinal((int) dbl(f, "rank")), dbl(f, "score")),
          reasons));
    }
    return out;
  }

  /** The categories the matrix marks as priorities (the top five), highest first. */
  public List<Finding> topPriorities() {
    return a.findings("priority").stream().filter(f -> f.direction().equals("priority")).toList();
  }

  private Optional<Finding> topComposition() {
    return a.findings("composition").stream().filter(f -> Integer.valueOf(1).equals(f.numbers().get("rank_by_volume"))).findFirst();
  }

  private List<Finding> about(String kind, String category) {
    return a.findings(kind).stream().filter(f -> f.category().equalsIgnoreCase(category)).toList();
  }

  /** A recommendation: what it is about, what to do and why (one reason per strong criterion). */
  public record Recommendation(String category, String text, List<String> reasons) {
    /** Copies the reasons. */
    public Recommendation {
      reasons = List.copyOf(reasons);
    }
  }
}
