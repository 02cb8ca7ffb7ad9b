package org.strata.report;

import static org.strata.report.Words.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strata.analysis.Assessment;
import org.strata.analysis.Finding;
import org.strata.analysis.PriorityRow;
import org.strata.analysis.Subject;
import org.strata.reference.Taxonomy;

/**
 * The assessment's text in plain British English, written from its typed findings and only from
 * them: each method reads findings of one or more kinds and returns sentences, or nothing when
 * those findings are absent, so no sentence can say what the data do not support. A subject's
 * change is said once: where an emerging-issue sentence speaks for it, its trend sentence is left
 * out. Local-extract categories are said only in their own section.
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
    topComposition().ifPresent(f -> out.add(s.compositionTop(f, false)));
    Set<Subject> emerging = emergingSubjects();
    trendsOf(false).stream().filter(f -> Categories.isAsb(f.category()) && !emerging.contains(f.subject())).findFirst()
        .ifPresent(f -> out.add(s.trend(f, 1)));
    a.findings(Finding.Concentration.class).stream().findFirst().ifPresent(f -> out.add(Sentences.place(f).get(0)));
    a.findings(Finding.SurveyMeasure.class).stream().limit(1).forEach(f -> out.add(Sentences.survey(f)));
    a.findings(Finding.EmergingIssue.class).stream().limit(2).forEach(f -> out.add(s.emerging(f)));
    mismatches().stream().limit(1).forEach(f -> out.add(Sentences.perception(f)));
    return out;
  }

  /** What the partnership should do about the findings, most important first. */
  public List<String> keyMessages() {
    List<String> out = new ArrayList<>();
    List<Finding.Priority> top = topPriorities();
    if (!top.isEmpty()) {
      out.add("Focus partnership effort on " + Words.join(top.stream().map(f -> lower(f.category())).toList())
          + (top.size() == 1 ? ", the highest-ranked category in the priority matrix with evidence behind it."
              : ", the highest-ranked categories in the priority matrix with evidence behind them."));
    }
    a.findings(Finding.EmergingIssue.class).stream().limit(1)
        .forEach(f -> out.add("Keep watch on " + lower(s.name(f.subject())) + ": it is rising"
            + (f.changePct() == null ? "" : " (up " + Words.pct(f.changePct()) + " on the previous year)")
            + (f.judgement().signal() ? ", though the rise could still be chance," : "") + " and could become a priority."));
    a.findings(Finding.StakeholderIssue.class).stream().limit(1)
        .forEach(f -> out.add("Gather local intelligence on " + lower(f.topic()) + ", which stakeholders raised but police data barely show."));
    mismatches().stream().limit(1)
        .forEach(f -> out.add("Address public concern about " + lower(f.concern().topic())
            + " through communication as well as enforcement: " + f.reason() + "."));
    a.findings(Finding.Concentration.class).stream().filter(f -> f.persistentHotSpots() > 0).findFirst()
        .ifPresent(f -> out.add("Target problem-solving at the persistent hot-spot neighbourhoods, starting with "
            + f.topLsoa() + "."));
    totalTrendFinding().filter(f -> f.judgement().direction() == org.strata.analysis.Direction.UP)
        .ifPresent(f -> out.add("Recorded crime is rising significantly: review why before the next assessment."));
    return out;
  }

  /** One sentence for one trend finding. */
  public String trend(Finding.Trend f) {
    return s.trend(f, 0);
  }

  /** The area's rate against each comparator, in one or two sentences. */
  public Optional<String> comparison() {
    List<Finding.Comparison> cmp = a.findings(Finding.Comparison.class).stream()
        .filter(f -> f.category().equals(a.totalCategory()) && f.subject().taxonomy() == a.taxonomy()).toList();
    if (cmp.isEmpty()) {
      return Optional.empty();
    }
    Finding.Comparison first = cmp.get(0);
    Map<Finding.Position, List<String>> byPosition = new LinkedHashMap<>();
    for (Finding.Comparison f : cmp) {
      byPosition.computeIfAbsent(f.position(), k -> new ArrayList<>())
          .add(Words.comparator(f.comparator()) + " (" + Words.rate(f.comparatorRatePer1000()) + ")");
    }
    List<String> parts = new ArrayList<>();
    byPosition.forEach((pos, who) -> parts.add(switch (pos) {
      case HIGHER -> "higher than";
      case LOWER -> "lower than";
      case SIMILAR -> "similar to";
    } + (who.size() > 1 ? " the rates for " : " the rate for ") + Words.join(who)));
    return Optional.of(String.format(Locale.UK,
        "%s, %s recorded %s crimes per 1,000 residents (%s). This is %s.",
        Words.capital(Words.inPeriod(first.subject().period())), a.areaName(), Words.rate(first.ratePer1000()),
        Sentences.units(first.count(), first.subject()), String.join(", and ", parts)));
  }

  /** The change in all recorded crime against the previous year, and against the baseline. */
  public Optional<String> totalTrend() {
    return totalTrendFinding().map(f -> (s.trend(f, 0) + " " + s.baseline(f)).strip());
  }

  private Optional<Finding.Trend> totalTrendFinding() {
    return a.findings(Finding.Trend.class).stream()
        .filter(f -> f.category().equals(a.totalCategory()) && f.subject().taxonomy() == a.taxonomy()).findFirst();
  }

  /** Sentences on the make-up of recorded crime: the largest groups and the large subgroups. */
  public List<String> composition() {
    List<String> out = new ArrayList<>();
    topComposition().ifPresent(f -> out.add(s.compositionTop(f, false)));
    List<Finding.Composition> next = a.findings(Finding.Composition.class).stream().filter(f -> f.rank() > 1).toList();
    if (!next.isEmpty()) {
      out.add(Sentences.compositionNext(next));
    }
    int i = 0;
    for (Finding.PartOfGroup f : a.findings(Finding.PartOfGroup.class)) {
      out.add(Sentences.compositionSub(f, i++));
    }
    return out;
  }

  /** One sentence per category trend of the primary taxonomy other than the total and ASB, in table order. */
  public List<String> trends() {
    List<String> out = new ArrayList<>();
    Set<Subject> emerging = emergingSubjects();
    int i = 1;
    for (Finding.Trend f : trendsOf(false)) {
      boolean primary = f.subject().taxonomy() == a.taxonomy();
      if (primary && !f.category().equals(a.totalCategory()) && !Categories.isAsb(f.category()) && !emerging.contains(f.subject())) {
        out.add(s.trend(f, i++));
      }
    }
    return out;
  }

  /** Everything the local extract's flags and categories say, apart from the ONS and police.uk figures. */
  public List<String> localData() {
    List<String> out = new ArrayList<>();
    Set<Subject> emerging = emergingSubjects();
    int i = 0;
    for (Finding.Trend f : trendsOf(true)) {
      out.add(emerging.contains(f.subject()) ? emergingAbout(f.subject()) : s.trend(f, i++));
    }
    return out;
  }

  /** Everything the findings say about anti-social behaviour. */
  public List<String> antiSocialBehaviour() {
    List<String> out = new ArrayList<>();
    Set<Subject> emerging = emergingSubjects();
    trendsOf(false).stream().filter(f -> Categories.isAsb(f.category()))
        .forEach(f -> out.add(emerging.contains(f.subject()) ? emergingAbout(f.subject()) : s.trend(f, 0)));
    about(Finding.Priority.class, Categories.ASB).forEach(f -> out.add(Sentences.priority(f, a.findings(Finding.Priority.class).size())));
    about(Finding.PerceptionGap.class, Categories.ASB).forEach(f -> out.add(Sentences.perception(f)));
    return out;
  }

  /** How local priorities line up with the PCC's and the police's, from the matrix's alignment scores. */
  public List<String> strategicContext() {
    List<Finding.Priority> pr = a.findings(Finding.Priority.class);
    if (pr.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (Finding.Priority f : pr) {
      f.scores().stream().filter(x -> x.criterion().equals("alignment") && x.score() > 0).findFirst()
          .ifPresent(x -> byReason.computeIfAbsent(x.reason(), k -> new ArrayList<>()).add(lower(f.category())));
    }
    if (byReason.isEmpty()) {
      return List.of("No PCC or police priorities were given for this assessment, so alignment adds nothing to any"
          + " category's score in the priority matrix; the ranking rests on volume, rate, trend, harm and concern.");
    }
    List<String> out = new ArrayList<>();
    byReason.forEach((reason, cats) -> out.add(Words.capital(Words.join(cats)) + (cats.size() > 1 ? " are each " : " is ")
        + reason + "."));
    List<String> aligned = a.findings(Finding.Priority.class).stream().filter(f -> f.advice() != Finding.Advice.NONE)
        .filter(f -> f.scores().stream().anyMatch(x -> x.criterion().equals("alignment") && x.score() > 0))
        .map(f -> lower(f.category())).toList();
    out.add(aligned.isEmpty() ? "None of the five highest-ranked local priorities is a stated PCC or police priority."
        : "Of the five highest-ranked local priorities, " + Words.join(aligned) + (aligned.size() > 1 ? " align" : " aligns")
            + " with PCC or police priorities.");
    return out;
  }

  /** The ranking in a sentence or two. */
  public List<String> prioritiesSummary() {
    List<Finding.Priority> ranked = a.findings(Finding.Priority.class).stream()
        .filter(f -> f.advice() != Finding.Advice.NONE).toList();
    if (ranked.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add("The priority matrix scores " + a.findings(Finding.Priority.class).size() + " offence categories on volume, rate against the"
        + " force, trend, harm, public concern and alignment with PCC and police priorities. The highest-ranked are "
        + Words.join(ranked.stream().map(f -> lower(f.category()) + " (" + Words.rate(f.score()) + ")").toList()) + ".");
    List<String> review = ranked.stream().filter(f -> f.advice() == Finding.Advice.KEEP_UNDER_REVIEW)
        .map(f -> lower(f.category())).toList();
    if (!review.isEmpty()) {
      out.add("Of these, " + Words.join(review) + (review.size() > 1 ? " rank" : " ranks")
          + " high on neutral scores alone (no significant difference from the force, no significant change)"
          + " and should be kept under review rather than made a priority.");
    }
    return out;
  }

  /** What the findings say about one category: rank, make-up, trend and comparison with the force. */
  public List<String> category(String category) {
    List<String> out = new ArrayList<>();
    about(Finding.Priority.class, category).forEach(f -> out.add(Sentences.priority(f, a.findings(Finding.Priority.class).size())));
    about(Finding.Composition.class, category).forEach(f -> out.add(s.compositionTop(f, true)));
    about(Finding.PartOfGroup.class, category).forEach(f -> out.add(Sentences.compositionSub(f, 1)));
    Set<Subject> emerging = emergingSubjects();
    about(Finding.Trend.class, category).stream().filter(f -> f.subject().taxonomy() != Taxonomy.LOCAL).forEach(f -> {
      out.add(emerging.contains(f.subject()) ? emergingAbout(f.subject()) : s.trend(f, 2));
      String b = s.baseline(f);
      if (!b.isEmpty()) {
        out.add(b);
      }
    });
    about(Finding.PerceptionGap.class, category).forEach(f -> out.add(Sentences.perception(f)));
    return out;
  }

  /** Emerging issues, one sentence each; local-extract ones are said in the local data section. */
  public List<String> emerging() {
    return a.findings(Finding.Kind.EMERGING_ISSUE).stream().filter(f -> f.subject().taxonomy() != Taxonomy.LOCAL)
        .map(s::emerging).toList();
  }

  /** Perception against recorded data, one sentence per survey topic, then every other survey measure. */
  public List<String> perception() {
    List<String> out = new ArrayList<>();
    a.findings(Finding.PerceptionGap.class).forEach(f -> out.add(Sentences.perception(f)));
    a.findings(Finding.SurveyMeasure.class).forEach(f -> out.add(Sentences.survey(f)));
    return out;
  }

  /** Concentration, hot spots and the busiest neighbourhood. */
  public List<String> place() {
    List<String> out = new ArrayList<>();
    a.findings(Finding.Concentration.class).forEach(f -> out.addAll(Sentences.place(f)));
    a.findings(Finding.HotSpot.class).forEach(f -> out.add(Sentences.hotSpot(f)));
    return out;
  }

  /** Caveats: the assessment's own and those attached to its findings, each once. */
  public List<String> caveats() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    a.findings(Finding.Caveat.class).forEach(f -> out.add(f.text()));
    for (Finding f : a.findings()) {
      if (f instanceof Finding.Comparison) {
        // A comparator's own note reads the same for every category: say it once, unprefixed.
        String prefix = f.category().equals(a.totalCategory()) ? "" : s.name(f.subject()) + " against "
            + Words.comparator(((Finding.Comparison) f).comparator()) + ": ";
        f.caveats().forEach(c -> out.add(Words.capital((c.contains("(computed, not published)") ? "" : prefix) + c)
            + (c.endsWith(".") ? "" : ".")));
      } else {
        String prefix = f instanceof Finding.StakeholderIssue st ? st.topic() + ": "
            : f.category().isEmpty() ? "" : s.name(f.subject()) + ": ";
        f.caveats().forEach(c -> out.add(Words.capital(prefix + c) + (c.endsWith(".") ? "" : ".")));
      }
    }
    return List.copyOf(out);
  }

  /** The recommendations: one per top-ranked category, a priority only with evidence, else kept under review. */
  public List<Recommendation> recommendations() {
    List<Recommendation> out = new ArrayList<>();
    int i = 0;
    for (Finding.Priority f : a.findings(Finding.Priority.class)) {
      if (f.advice() == Finding.Advice.NONE) {
        continue;
      }
      String rank = String.format(Locale.UK, " It ranks %s in the priority matrix with a score of %.1f.",
          Words.ordinal(f.rank()), f.score());
      if (f.advice() == Finding.Advice.PRIORITY) {
        String verb = Words.pick(i++, "Treat %s as a partnership priority.", "Make %s a partnership priority.",
            "Keep %s among the partnership's priorities.");
        out.add(new Recommendation(f.category(), String.format(verb, lower(f.category())) + rank,
            f.evidence().stream().map(x -> Words.capital(Sentences.reason(x)) + ".").toList()));
      } else {
        out.add(new Recommendation(f.category(), "Keep " + lower(f.category()) + " under review rather than making it a"
            + " priority." + rank + " No criterion gives evidence for it: its score rests on neutral and middling values.",
            f.scores().stream().filter(PriorityRow.PriorityScore::neutral).map(x -> Words.capital(Sentences.reason(x)) + ".").toList()));
      }
    }
    return out;
  }

  /** The categories the matrix advises as priorities (top five with evidence), highest first. */
  public List<Finding.Priority> topPriorities() {
    return a.findings(Finding.Priority.class).stream().filter(f -> f.advice() == Finding.Advice.PRIORITY).toList();
  }

  private List<Finding.PerceptionGap> mismatches() {
    return a.findings(Finding.PerceptionGap.class).stream().filter(f -> f.verdict() == Finding.Perception.MISMATCH).toList();
  }

  private Optional<Finding.Composition> topComposition() {
    return a.findings(Finding.Composition.class).stream().filter(f -> f.rank() == 1).findFirst();
  }

  private List<Finding.Trend> trendsOf(boolean local) {
    return a.findings(Finding.Trend.class).stream().filter(f -> (f.subject().taxonomy() == Taxonomy.LOCAL) == local).toList();
  }

  private Set<Subject> emergingSubjects() {
    Set<Subject> out = new HashSet<>();
    a.findings(Finding.EmergingIssue.class).forEach(f -> out.add(f.subject()));
    return out;
  }

  private String emergingAbout(Subject subject) {
    return a.findings(Finding.EmergingIssue.class).stream().filter(f -> f.subject().equals(subject)).findFirst()
        .map(s::emerging).orElseThrow();
  }

  private <T extends Finding> List<T> about(Class<T> type, String category) {
    return a.findings(type).stream().filter(f -> f.category().equalsIgnoreCase(category)).toList();
  }

  /** A recommendation: what it is about, what to do and why (one reason per criterion of evidence). */
  public record Recommendation(String category, String text, List<String> reasons) {
    /** Copies the reasons. */
    public Recommendation {
      reasons = List.copyOf(reasons);
    }
  }
}
