package org.strata.analysis;

/** Ids and titles of the report sections the checklist points to; the report uses the same. */
public final class Sections {
  /** Strategic context. */
  public static final Ref CONTEXT = new Ref("strategic-context", "Strategic context");
  /** Overall crime. */
  public static final Ref OVERALL_CRIME = new Ref("overall-crime", "Overall crime");
  /** Anti-social behaviour. */
  public static final Ref ASB = new Ref("anti-social-behaviour", "Anti-social behaviour");
  /** Local priorities. */
  public static final Ref PRIORITIES = new Ref("local-priorities", "Local priorities");
  /** Perception. */
  public static final Ref PERCEPTION = new Ref("perception", "Public perception and the data");
  /** Other priorities and emerging issues. */
  public static final Ref OTHER = new Ref("other-priorities", "Other priorities and emerging issues");
  /** Place. */
  public static final Ref PLACE = new Ref("place", "Place");
  /** Changes since the last assessment. */
  public static final Ref CHANGES = new Ref("changes-since-last-assessment", "Changes since the last assessment");
  /** Partnership plan review. */
  public static final Ref PLAN = new Ref("partnership-plan-review", "Partnership plan review");
  /** Substance misuse and reoffending. */
  public static final Ref SUBSTANCE = new Ref("substance-misuse-and-reoffending", "Substance misuse and reoffending");
  /** Serious violence. */
  public static final Ref SERIOUS_VIOLENCE = new Ref("serious-violence", "Serious violence");
  /** The county's districts side by side. */
  public static final Ref DISTRICTS = new Ref("districts", "Districts side by side");
  /** Outcomes. */
  public static final Ref OUTCOMES = new Ref("outcomes", "Outcomes of recorded crime");
  /** The checklist itself. */
  public static final Ref CHECKLIST = new Ref("statutory-checklist", "Statutory checklist");

  private Sections() {}

  /** A section's id (anchor and override key) and title. */
  public record Ref(String id, String title) {}
}
