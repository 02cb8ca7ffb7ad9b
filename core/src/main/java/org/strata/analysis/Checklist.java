package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.ChecklistItem.Status;
import org.strata.reference.AreaLevel;
import org.strata.reference.Taxonomy;

/**
 * The statutory checklist: each requirement of s6 of the Crime and Disorder Act 1998 (as amended)
 * and of regulation 5 of the Crime and Disorder (Formulation and Implementation of Strategy)
 * Regulations 2007, mapped to the report section that meets it or to the data it lacks.
 */
public final class Checklist {
  static final String ACT = "Crime and Disorder Act 1998, s6";
  static final String REGS = "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, reg 5";
  static final Set<String> SERIOUS_VIOLENCE_ONS =
      Set.of("Homicide", "Violence with injury", "Robbery", "Possession of weapons offences");
  static final Set<String> SERIOUS_VIOLENCE_POLICE_UK = Set.of("Robbery", "Possession of weapons");
  static final Set<String> DRUGS = Set.of("Drug offences", "Drugs");

  private Checklist() {}

  /** The checklist for an assessment, its changes since last year (or null) and its district rows. */
  public static List<ChecklistItem> of(Assessment a, @Nullable Changes changes, List<DistrictRow> districts) {
    LocalInputs local = a.context().local();
    List<ChecklistItem> out = new ArrayList<>();
    out.add(a.headline().isEmpty()
        ? notMet("Crime and disorder", ACT, "recorded crime - load ONS tables (strata ingest ons-csp) or police.uk data")
        : met("Crime and disorder", ACT, Sections.OVERALL_CRIME, "recorded crime against the force, region and England and Wales"));
    out.add(has(a, Set.of("Anti-social behaviour"))
        ? met("Anti-social behaviour", ACT, Sections.ASB, "police.uk anti-social behaviour incidents")
        : notMet("Anti-social behaviour", ACT, "anti-social behaviour - load police.uk street-level data (strata ingest police-uk)"));
    out.add(substanceMisuse(a, local));
    out.add(local.reoffending().isEmpty()
        ? notMet("Reoffending", ACT + " (as amended)", "reoffending - add reoffending:"
            + " figures to the config (Ministry of Justice proven reoffending statistics by local authority)")
        : met("Reoffending", ACT + " (as amended)", Sections.SUBSTANCE, "the partnership's reoffending figures"));
    out.add(seriousViolence(a));
    out.add(a.places().isEmpty()
        ? partly("Levels and patterns of crime, disorder and substance misuse", REGS, Sections.OVERALL_CRIME,
            "levels and trends only; no data on neighbourhoods - load police.uk street-level data for patterns by place")
        : met("Levels and patterns of crime, disorder and substance misuse", REGS, Sections.PLACE, "levels, trends and neighbourhoods"));
    out.add(changes == null
        ? notMet("Changes since the last strategic assessment", REGS, "last year's assessment - give strata report"
            + " --previous PATH (last year's assessment.json)")
        : met("Changes since the last strategic assessment", REGS, Sections.CHANGES, "against last year's assessment (" + changes.previousPeriodReadable() + ")"));
    out.add(why(changes, local));
    out.add(a.priorities().isEmpty()
        ? notMet("Priorities", REGS, "ranked categories - load counts covering the period")
        : met("Priorities", REGS, Sections.PRIORITIES, "ranked by the priority matrix"));
    out.add(communityViews(a));
    out.add(local.partnershipPlan().isEmpty()
        ? notMet("Implementation of the previous partnership plan", REGS, "the previous partnership plan - add"
            + " partnership_plan: actions (action, owner, status, evidence) to the config")
        : met("Implementation of the previous partnership plan", REGS, Sections.PLAN,
            local.partnershipPlan().size() + (local.partnershipPlan().size() == 1 ? " action" : " actions")
                + " rated red, amber or green"));
    if (a.areaLevel() == AreaLevel.COUNTY) {
      out.add(districts.isEmpty()
          ? notMet("County community safety agreement", "2007 Regulations: county strategy group and community safety agreement (two-tier areas)",
              "the county's districts - load counts for every district")
          : met("County community safety agreement", "2007 Regulations: county strategy group and community safety agreement (two-tier areas)",
              Sections.DISTRICTS, districts.size() + " districts side by side"));
    }
    return out;
  }

  private static ChecklistItem substanceMisuse(Assessment a, LocalInputs local) {
    String what = "Substance misuse";
    String src = ACT + " (as amended)";
    boolean drugs = has(a, DRUGS);
    boolean treatment = !local.substanceMisuse().isEmpty();
    if (drugs && treatment) {
      return met(what, src, Sections.SUBSTANCE, "drug offences and the partnership's treatment figures");
    }
    if (drugs || treatment) {
      return partly(what, src, Sections.SUBSTANCE, drugs
          ? "drug offences only; no data on drug and alcohol treatment - add substance_misuse: figures to the config (OHID NDTMS)"
          : "treatment figures only; no data on drug offences - load ONS tables or police.uk data");
    }
    return notMet(what, src, "drug offences or treatment - load ONS tables or police.uk data, and add substance_misuse: to the config");
  }

  private static ChecklistItem seriousViolence(Assessment a) {
    String what = "Serious violence";
    String src = ACT + " (as amended by the Police, Crime, Sentencing and Courts Act 2022)";
    if (has(a, SERIOUS_VIOLENCE_ONS, Taxonomy.ONS)) {
      return met(what, src, Sections.SERIOUS_VIOLENCE, "homicide, violence with injury, robbery and possession of weapons");
    }
    if (has(a, SERIOUS_VIOLENCE_POLICE_UK, Taxonomy.POLICE_UK)) {
      return partly(what, src, Sections.SERIOUS_VIOLENCE, "robbery and possession of weapons only; no data on homicide"
          + " or violence with injury - load ONS Table C2 (strata ingest ons-csp)");
    }
    return notMet(what, src, "serious violence - load ONS Table C2 (strata ingest ons-csp)");
  }

  private static ChecklistItem why(@Nullable Changes changes, LocalInputs local) {
    String what = "Why those changes occurred";
    if (changes == null) {
      return notMet(what, REGS, "last year's assessment - give strata report --previous PATH");
    }
    return local.why().isEmpty()
        ? partly(what, REGS, Sections.CHANGES, "the data show what changed, not why; no data on causes - add why: notes to the config")
        : met(what, REGS, Sections.CHANGES, local.why().size() + (local.why().size() == 1 ? " note" : " notes") + " from the partnership");
  }

  private static ChecklistItem communityViews(Assessment a) {
    String what = "Views of the community";
    if (!a.findings(Finding.Kind.PERCEPTION_GAP).isEmpty()) {
      return met(what, REGS, Sections.PERCEPTION, "the residents' survey against recorded crime");
    }
    if (!a.context().stakeholderNotes().isEmpty()) {
      return partly(what, REGS, Sections.OTHER, "stakeholder notes only; no data on residents' views - load a survey (strata ingest survey)");
    }
    return notMet(what, REGS, "community views - load a residents' survey (strata ingest survey)");
  }

  private static boolean has(Assessment a, Set<String> categories) {
    return a.categories().stream().map(CategoryRow::category).anyMatch(categories::contains);
  }

  /** True when a category of the set is present in the taxonomy (police.uk and ONS share "Robbery"). */
  private static boolean has(Assessment a, Set<String> categories, Taxonomy taxonomy) {
    return a.categories().stream().anyMatch(c -> c.taxonomy() == taxonomy && categories.contains(c.category()));
  }

  private static ChecklistItem met(String what, String src, Sections.Ref section, String note) {
    return new ChecklistItem(what, src, Status.MET, section.id(), section.title(), note);
  }

  private static ChecklistItem partly(String what, String src, Sections.Ref section, String note) {
    return new ChecklistItem(what, src, Status.PARTLY_MET, section.id(), section.title(), "partly met: " + note);
  }

  private static ChecklistItem notMet(String what, String src, String missing) {
    return new ChecklistItem(what, src, Status.NOT_MET, "", "", "not met: no data on " + missing);
  }
}
