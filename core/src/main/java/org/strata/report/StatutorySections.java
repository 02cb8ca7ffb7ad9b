package org.strata.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.Assessment;
import org.strata.analysis.Changes;
import org.strata.analysis.Finding;
import org.strata.analysis.Checklist;
import org.strata.analysis.ChecklistItem;
import org.strata.analysis.LocalInputs;
import org.strata.analysis.Sections;
import org.strata.report.doc.DataTable;
import org.strata.report.doc.DataTable.Column;
import org.strata.report.doc.DataTable.Kind;
import org.strata.report.doc.Section;

/**
 * The sections the 2007 Regulations ask for beside the numbers: changes since the last assessment,
 * the partnership plan review, the statutory checklist and the PCC's and police's priorities.
 */
final class StatutorySections {
  private final Assessment a;
  private final Map<String, String> overrides;
  private final String source;
  private final Narrative narrative;

  StatutorySections(Assessment a, Map<String, String> overrides, String source, Narrative narrative) {
    this.a = a;
    this.overrides = overrides;
    this.source = source;
    this.narrative = narrative;
  }

  private SectionBuilder section(Sections.Ref ref) {
    return new SectionBuilder(ref.id(), ref.title(), 1, overrides);
  }

  static Column col(String header, Kind kind) {
    return new Column(header, kind);
  }

  static List<@Nullable Object> row(@Nullable Object... cells) {
    return Arrays.asList(cells);
  }

  /** The priorities of the PCC and the police, word for word, and the national duties. */
  void priorities(SectionBuilder b) {
    if (overrides.containsKey(Sections.CONTEXT.id())) {
      return; // the analyst's text stands for the whole section
    }
    b.subheading("The Police and Crime Commissioner's priorities");
    if (a.context().pccPriorities().isEmpty()) {
      b.note("No PCC priorities were given: list them word for word under pcc_priorities: in the config.");
    }
    b.bullets(a.context().pccPriorities()).subheading("The police's priorities");
    if (a.context().policePriorities().isEmpty()) {
      b.note("No police priorities were given: list them word for word under police_priorities: in the config.");
    }
    b.bullets(a.context().policePriorities()).subheading("National duties that apply").bullets(List.of(
        "Crime and Disorder Act 1998, ss5-7: the partnership's duty to assess crime, disorder, anti-social behaviour,"
            + " substance misuse, reoffending and serious violence each year and to act on a partnership plan.",
        "Crime and Disorder Act 1998, s17: every responsible authority considers crime and disorder in all it does.",
        "Police, Crime, Sentencing and Courts Act 2022, Part 2: the Serious Violence Duty, with a strategic needs"
            + " assessment and a strategy to prevent and reduce serious violence.",
        "Domestic Violence, Crime and Victims Act 2004, s9: domestic homicide reviews.",
        "Counter-Terrorism and Security Act 2015, s26: the Prevent duty.",
        "Anti-social Behaviour, Crime and Policing Act 2014: the anti-social behaviour case review."));
  }

  /** "Changes since the last assessment", or nothing when no previous assessment was given. */
  List<Section> changes() {
    Changes c = a.statutory().changes();
    if (c == null) {
      return List.of();
    }
    SectionBuilder b = section(Sections.CHANGES);
    b.text(List.of("This assessment is set against last year's strategic assessment of " + a.areaName() + " ("
        + Words.period(c.previousPeriod()) + "), as the 2007 Regulations ask: what changed since then, and why."));
    b.subheading("Last year's priorities now").text(priorityMoves(c));
    b.table(new DataTable("Priorities then and now", "Last year's top priorities and where they rank in "
        + Words.period(a.period()), List.of(col("Last year's rank", Kind.COUNT), col("Category", Kind.TEXT),
        col("Rank now", Kind.COUNT), col("Why (the partnership's note)", Kind.TEXT)),
        c.priorities().stream().map(p -> row((long) p.previousRank(), p.category(),
            p.rankNow() == null ? null : (long) (int) p.rankNow(), p.why())).toList(), source));
    b.subheading("Rates then and now").text(rateSentences());
    b.table(new DataTable("Rates then and now", "Rates per 1,000 residents, " + Words.period(c.previousPeriod())
        + " and " + Words.period(a.period()), List.of(col("Category", Kind.TEXT), col("Then", Kind.COUNT),
        col("Now", Kind.COUNT), col("Rate then", Kind.RATE), col("Rate now", Kind.RATE), col("Change", Kind.CHANGE),
        col("Test", Kind.TEXT), col("Why (the partnership's note)", Kind.TEXT)),
        c.rates().stream().map(r -> row(r.category(), r.previousCount(), r.count(), r.previousRate(), r.rate(),
            r.changePct(), Words.pValue(r.significance().pValue()) + (r.significance().significant() ? " *" : ""),
            r.why())).toList(), source));
    b.subheading("Key messages then and now");
    if (c.previousMessages().isEmpty()) {
      b.note("Last year's assessment.json holds no key messages (made by an earlier build).");
    }
    b.text(List.of("Last year's assessment said:")).bullets(c.previousMessages());
    b.text(List.of("This year's says:")).bullets(narrative.keyMessages());
    return List.of(b.build());
  }

  private List<String> priorityMoves(Changes c) {
    List<String> out = new ArrayList<>();
    List<String> moves = new ArrayList<>();
    for (Finding.SinceLastAssessment p : a.findings(Finding.SinceLastAssessment.class).stream()
        .filter(f -> f.previousRank() != null).sorted(Comparator.comparing(Finding.SinceLastAssessment::previousRank)).toList()) {
      moves.add(Words.lower(p.category()) + " (" + Words.ordinal(p.previousRank()) + " then, "
          + (p.rank() == null ? "not ranked now" : Words.ordinal(p.rank()) + " now") + ")");
    }
    if (!moves.isEmpty()) {
      out.add("Last year's top priorities were " + Words.join(moves) + ".");
    }
    out.add(c.entering().isEmpty() ? "No category entered the top five."
        : Words.capital(Words.join(c.entering().stream().map(Words::lower).toList())) + " entered the top five.");
    out.add(c.leaving().isEmpty() ? "No category left the top five."
        : Words.capital(Words.join(c.leaving().stream().map(Words::lower).toList())) + " left the top five.");
    return out;
  }

  private List<String> rateSentences() {
    List<String> out = new ArrayList<>();
    for (Finding.SinceLastAssessment r : a.findings(Finding.SinceLastAssessment.class)) {
      if (r.changePct() != null && r.significance() != null && r.significance().significant()) {
        out.add(Words.capital(Words.lower(r.category())) + " went " + (r.changePct() > 0 ? "up " : "down ")
            + Words.pct(r.changePct()) + " (" + Words.pValue(r.significance().pValue()) + ")."
            + (r.why().isEmpty() ? "" : " " + r.why()));
      }
    }
    if (out.isEmpty()) {
      out.add("No category's rate changed significantly since last year's assessment.");
    }
    return out;
  }

  /** The previous partnership plan's actions with their RAG status, and a sentence per unmet action. */
  Section planReview() {
    SectionBuilder b = section(Sections.PLAN);
    List<LocalInputs.PlanAction> plan = a.context().local().partnershipPlan();
    if (plan.isEmpty()) {
      return b.note("No partnership plan was given, so its implementation cannot be assessed: list last year's actions"
          + " under partnership_plan: in the config (action, owner, status, evidence).").build();
    }
    long green = plan.stream().filter(p -> p.rag() == LocalInputs.Rag.GREEN).count();
    long amber = plan.stream().filter(p -> p.rag() == LocalInputs.Rag.AMBER).count();
    b.text(List.of("Of the " + plan.size() + " actions of the previous partnership plan, " + green
        + (green == 1 ? " was" : " were") + " complete or on track (green), " + amber + " partly delivered or late (amber) and "
        + (plan.size() - green - amber) + " not delivered (red)."));
    List<String> unmet = new ArrayList<>();
    for (LocalInputs.PlanAction p : plan) {
      if (p.rag() != LocalInputs.Rag.GREEN) {
        unmet.add("\"" + p.action() + "\"" + (p.owner().isEmpty() ? "" : " (" + p.owner() + ")") + " is "
            + Words.lower(p.status().replace('_', ' ')) + ": " + (p.evidence().isEmpty() ? "no evidence was given."
            : p.evidence() + (p.evidence().endsWith(".") ? "" : ".")));
      }
    }
    b.bullets(unmet);
    return b.table(new DataTable("Partnership plan", "The previous partnership plan: actions and their status",
        List.of(col("Action", Kind.TEXT), col("Priority", Kind.TEXT), col("Owner", Kind.TEXT), col("Status", Kind.TEXT),
            col("RAG", Kind.TEXT), col("Evidence", Kind.TEXT)),
        plan.stream().map(p -> row(p.action(), p.priority(), p.owner(), p.status(), p.rag().label(), p.evidence())).toList(),
        "Source: the partnership's assessment config.")).build();
  }

  /** Each statutory requirement and the section that meets it, or what is missing. */
  Section checklist() {
    SectionBuilder b = section(Sections.CHECKLIST);
    // an assessment made without the statutory parts (an older JSON, a test) gets its checklist here
    List<ChecklistItem> items = a.statutory().checklist().isEmpty()
        ? Checklist.of(a, a.statutory().changes(), a.statutory().districts()) : a.statutory().checklist();
    long met = items.stream().filter(i -> i.status() == ChecklistItem.Status.MET).count();
    long partly = items.stream().filter(i -> i.status() == ChecklistItem.Status.PARTLY_MET).count();
    b.text(List.of("The Crime and Disorder Act 1998 (s6) and the Crime and Disorder (Formulation and Implementation"
        + " of Strategy) Regulations 2007 set what a strategic assessment must cover. This assessment meets " + met
        + " of the " + items.size() + " requirements below, partly meets " + partly + " and does not meet "
        + (items.size() - met - partly) + "."));
    b.bullets(items.stream().filter(i -> i.status() != ChecklistItem.Status.MET)
        .map(i -> i.requirement() + ": " + i.note() + ".").toList());
    return b.table(new DataTable("Statutory checklist", "What the legislation requires and where this assessment meets it",
        List.of(col("Requirement", Kind.TEXT), col("Legislation", Kind.TEXT), col("Status", Kind.TEXT),
            col("Met in section", Kind.TEXT), col("Note", Kind.TEXT)),
        items.stream().map(i -> row(i.requirement(), i.source(), i.status().label(), i.sectionTitle(), i.note())).toList(),
        "Source: Crime and Disorder Act 1998; SI 2007/1830.")).build();
  }
}
