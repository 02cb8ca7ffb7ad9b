package org.strata.report;

import static org.strata.report.StatutorySections.col;
import static org.strata.report.StatutorySections.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.Finding;
import org.strata.analysis.DistrictRow;
import org.strata.analysis.LocalInputs;
import org.strata.analysis.OutcomeGroups;
import org.strata.analysis.OutcomeRow;
import org.strata.analysis.Sections;
import org.strata.reference.AreaLevel;
import org.strata.reference.Taxonomy;
import org.strata.report.doc.DataTable.Kind;
import org.strata.report.doc.DataTable;
import org.strata.report.doc.Section;

/**
 * The themes s6 of the 1998 Act names beside crime and disorder - substance misuse, reoffending,
 * serious violence - plus outcomes of recorded crime and, for a county or CSP, its districts.
 */
final class ThemeSections {
  private static final Set<String> SERIOUS_VIOLENCE = Set.of("Homicide", "Violence with injury", "Robbery",
      "Possession of weapons offences", "Possession of weapons");
  private static final Set<String> DRUGS = Set.of("Drug offences", "Drugs");
  private final Assessment a;
  private final Map<String, String> overrides;
  private final String source;

  ThemeSections(Assessment a, Map<String, String> overrides, String source) {
    this.a = a;
    this.overrides = overrides;
    this.source = source;
  }

  private SectionBuilder section(Sections.Ref ref) {
    return new SectionBuilder(ref.id(), ref.title(), 1, overrides);
  }

  Section seriousViolence() {
    SectionBuilder b = section(Sections.SERIOUS_VIOLENCE);
    b.text(List.of("Since the Police, Crime, Sentencing and Courts Act 2022 the partnership must also assess serious"
        + " violence. Following the Home Office's Serious Violence Duty statutory guidance, the strategic needs"
        + " assessment starts from police recorded homicide, violence with injury, robbery and possession of weapons,"
        + " and local flags for knife crime; it should be joined with health data (hospital admissions and A&E"
        + " attendances for assault), education, probation and youth justice data, which Strata does not load."));
    List<CategoryRow> rows = a.categories().stream().filter(c -> SERIOUS_VIOLENCE.contains(c.category())
        || c.taxonomy() == Taxonomy.LOCAL && c.category().toLowerCase(Locale.ROOT).contains("knife")).toList();
    if (rows.isEmpty()) {
      b.note("The data hold none of the serious violence categories for " + a.areaName() + ": load ONS Table C2"
          + " (strata ingest ons-csp) or police.uk data, and a local extract with a knife flag (strata ingest local).");
    }
    if (rows.stream().noneMatch(c -> c.taxonomy() == Taxonomy.LOCAL)) {
      b.note("No local knife-crime flag was loaded: load a police extract with a knife flag (strata ingest local"
          + " --mapping) to count knife-enabled offences.");
    }
    b.bullets(rows.stream().map(ThemeSections::sentence).toList());
    return b.table(categoryTable("Serious violence", "Serious violence, " + Words.period(a.period()), rows)).build();
  }

  Section substanceMisuse() {
    SectionBuilder b = section(Sections.SUBSTANCE);
    List<CategoryRow> drugs = a.categories().stream().filter(c -> DRUGS.contains(c.category())).toList();
    b.subheading("Drug offences");
    if (drugs.isEmpty()) {
      b.note("The data hold no drug offences for " + a.areaName() + ": load ONS tables or police.uk data.");
    }
    b.bullets(drugs.stream().map(ThemeSections::sentence).toList());
    b.text(drugs.isEmpty() ? List.of() : List.of("Recorded drug offences mostly reflect police activity (stop and"
        + " search, warrants) rather than how much drugs are used, so a rise can mean more enforcement."));
    b.table(categoryTable("Drug offences", "Drug offences, " + Words.period(a.period()), drugs));
    LocalInputs local = a.context().local();
    b.subheading("Drug and alcohol treatment");
    if (local.substanceMisuse().isEmpty()) {
      b.note("No treatment figures were given, so substance misuse is assessed from drug offences alone: add"
          + " substance_misuse: figures to the config (for example adults in treatment and successful completions from"
          + " OHID's National Drug Treatment Monitoring System).");
    }
    b.table(figures("Treatment", "Drug and alcohol treatment (the partnership's figures)", local.substanceMisuse()));
    b.subheading("Reoffending");
    if (local.reoffending().isEmpty()) {
      b.note("No reoffending figures were given, so reoffending is not assessed: add reoffending: figures to the"
          + " config (Ministry of Justice proven reoffending statistics by local authority, or probation data).");
    }
    return b.table(figures("Reoffending", "Reoffending (the partnership's figures)", local.reoffending())).build();
  }

  Section outcomes() {
    SectionBuilder b = section(Sections.OUTCOMES);
    List<OutcomeRow> rows = a.statutory().outcomes();
    if (rows.isEmpty()) {
      return b.note("No police.uk crimes are loaded for " + a.areaName() + " in " + Words.period(a.period())
          + ": outcomes come from police.uk's \"Last outcome category\"; load street-level data (strata ingest police-uk).").build();
    }
    OutcomeRow all = rows.get(0);
    String charged = OutcomeGroups.GROUPS.get(0);
    String noSuspect = OutcomeGroups.GROUPS.get(4);
    a.findings(Finding.Outcome.class).stream().filter(f -> f.category().equals(OutcomeGroups.ALL_CRIME)).findFirst()
        .ifPresent(f -> b.text(List.of("Of the " + Words.count(f.crimes()) + " crimes police.uk records in " + a.areaName()
            + " in " + Words.period(a.period()) + ", " + Words.pct(f.chargedPct()) + " led to a charge or summons (force: "
            + Words.pct(f.forceChargedPct()) + ") and " + Words.pct(f.noSuspectPct()) + " were closed with no suspect"
            + " identified (force: " + Words.pct(f.forceNoSuspectPct()) + "); " + Words.pct(f.underInvestigationPct())
            + " were still under investigation.")));
    b.note("Outcomes are as police.uk published them when the files were loaded. Crimes of the latest months are"
        + " more often \"under investigation\"; that share shrinks as investigations finish, so a recent period looks"
        + " worse on charges than it will once its months mature.");
    List<List<@Nullable Object>> groups = new ArrayList<>();
    for (String g : OutcomeGroups.GROUPS) {
      groups.add(row(g, all.shares().get(g), all.forceShares().get(g)));
    }
    b.table(new DataTable("Outcomes", "Outcome of police.uk crimes, " + Words.period(a.period()),
        List.of(col("Outcome group", Kind.TEXT), col(a.areaName() + " %", Kind.PERCENT), col("Force %", Kind.PERCENT)),
        groups, source));
    return b.table(new DataTable("Outcomes by crime type", "Outcome by crime type (% of the type's crimes)",
        List.of(col("Crime type", Kind.TEXT), col("Crimes", Kind.COUNT), col("Charged", Kind.PERCENT),
            col("Out of court", Kind.PERCENT), col("Unable to prosecute", Kind.PERCENT), col("No suspect", Kind.PERCENT),
            col("Under investigation", Kind.PERCENT), col("Charged, force", Kind.PERCENT)),
        rows.stream().map(r -> row(r.crimeType(), r.crimes(), r.shares().get(charged), r.shares().get(OutcomeGroups.GROUPS.get(1)),
            r.shares().get(OutcomeGroups.GROUPS.get(3)), r.shares().get(noSuspect), r.shares().get(OutcomeGroups.GROUPS.get(5)),
            r.forceCrimes() == 0 ? null : r.forceShares().get(charged))).toList(), source)).build();
  }

  /** The county's (or CSP's) districts side by side; nothing for a single district. */
  List<Section> districts() {
    List<DistrictRow> rows = a.statutory().districts();
    if (rows.isEmpty()) {
      return List.of();
    }
    SectionBuilder b = section(Sections.DISTRICTS);
    String what = a.areaLevel() == AreaLevel.COUNTY ? "county community safety agreement" : "partnership";
    List<DistrictRow> rated = rows.stream().filter(r -> r.ratePer1000() != null)
        .sorted((x, y) -> Double.compare(y.ratePer1000(), x.ratePer1000())).toList();
    List<String> text = new ArrayList<>(List.of(a.areaName() + " is made of " + rows.size() + " areas, each with its own"
        + " Community Safety Partnership; the " + what + " sets them side by side."));
    if (rated.size() > 1) {
      DistrictRow hi = rated.get(0);
      DistrictRow lo = rated.get(rated.size() - 1);
      text.add(hi.name() + " has the highest rate of recorded crime (" + Words.rate(hi.ratePer1000()) + " per 1,000) and "
          + lo.name() + " the lowest (" + Words.rate(lo.ratePer1000()) + ").");
    }
    b.text(text);
    return List.of(b.table(new DataTable("Districts", a.totalCategory() + " by district, " + Words.period(a.period()),
        List.of(col("Area", Kind.TEXT), col("Code", Kind.TEXT), col("Offences", Kind.COUNT), col("Population", Kind.COUNT),
            col("Rate per 1,000", Kind.RATE), col("Previous", Kind.COUNT), col("Change", Kind.CHANGE), col("Test", Kind.TEXT)),
        rows.stream().map(r -> row(r.name(), r.code(), r.count(), r.population(), r.ratePer1000(), r.previousCount(),
            r.changePct(), r.vsPrevious() == null ? null : Words.pValue(r.vsPrevious().pValue())
                + (r.vsPrevious().significant() ? " *" : ""))).toList(), source)).build());
  }

  private DataTable categoryTable(String id, String title, List<CategoryRow> rows) {
    return new DataTable(id, title, List.of(col("Category", Kind.TEXT), col("Data", Kind.TEXT), col("Offences", Kind.COUNT),
        col("Rate per 1,000", Kind.RATE), col("Previous", Kind.COUNT), col("Change", Kind.CHANGE), col("Test", Kind.TEXT),
        col("Force rate", Kind.RATE)),
        rows.stream().map(c -> row(c.category(), data(c.taxonomy()), c.count(), c.ratePer1000(), c.previousCount(),
            c.changePctVsPrevious(), c.vsPrevious() == null ? null : Words.pValue(c.vsPrevious().pValue())
                + (c.vsPrevious().significant() ? " *" : ""), c.forceRate())).toList(), source);
  }

  private static String data(Taxonomy taxonomy) {
    return switch (taxonomy) {
      case ONS -> "ONS";
      case POLICE_UK -> "police.uk";
      case LOCAL -> "local";
    };
  }

  private static DataTable figures(String id, String title, List<LocalInputs.Figure> figures) {
    return new DataTable(id, title, List.of(col("Measure", Kind.TEXT), col("Value", Kind.TEXT), col("Period", Kind.TEXT),
        col("Source", Kind.TEXT)), figures.stream().map(f -> row(f.measure(), f.value(), f.period(), f.source())).toList(),
        "Source: the partnership's assessment config.");
  }

  /** "Robbery (ONS): 123 offences, 1.2 per 1,000, up 15% on the previous year (p = 0.030)." */
  private static String sentence(CategoryRow c) {
    StringBuilder s = new StringBuilder(c.category() + " (" + data(c.taxonomy()) + "): " + Words.count(c.count())
        + (c.count() == 1 ? " offence" : " offences"));
    if (c.ratePer1000() != null) {
      s.append(", ").append(Words.rate(c.ratePer1000())).append(" per 1,000");
    }
    if (c.changePctVsPrevious() != null && c.vsPrevious() != null) {
      double ch = c.changePctVsPrevious();
      s.append(ch == 0 ? ", the same as" : ch > 0 ? ", up " + Words.pct(ch) + " on" : ", down " + Words.pct(ch) + " on")
          .append(" the previous year (").append(Words.pValue(c.vsPrevious().pValue()))
          .append(c.vsPrevious().significant() ? ", significant" : ", not significant").append(')');
    }
    return s.append(c.small() ? "; small numbers, read with care." : ".").toString();
  }
}
