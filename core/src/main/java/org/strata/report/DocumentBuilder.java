package org.strata.report;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.Finding;
import org.strata.analysis.input.SourceFileInfo;
import org.strata.common.AppException;
import org.strata.reference.Taxonomy;
import org.strata.report.chart.Charts;
import org.strata.report.doc.Cover;
import org.strata.report.doc.ReportDocument;
import org.strata.report.doc.Section;

/**
 * Builds the strategic assessment document from an assessment: the cover and every section in the
 * order published assessments use, with text from {@link Narrative}, tables, charts and maps.
 */
public final class DocumentBuilder {
  private final Assessment a;
  private final ReportOptions options;
  private final Narrative narrative;
  private final Tables tables;
  private final Charts charts;

  /** A builder for one assessment with the given options. */
  public DocumentBuilder(Assessment a, ReportOptions options) {
    this.a = a;
    this.options = options;
    this.narrative = new Narrative(a);
    String source = sourceLine(a);
    this.tables = new Tables(a, source, sourceLine(a, Set.of("ons-csp", "police-uk", "population", "areas")));
    this.charts = new Charts(a, source);
  }

  /**
   * Builds the document.
   *
   * @throws AppException if the logo or the boundaries file cannot be read.
   */
  public ReportDocument build() {
    List<Section> s = new ArrayList<>();
    StatutorySections statutory = new StatutorySections(a, options.sections(), sourceLine(a), narrative);
    ThemeSections themes = new ThemeSections(a, options.sections(), sourceLine(a));
    s.add(executiveSummary());
    s.add(strategicContext(statutory));
    s.addAll(statutory.changes());
    s.add(overallCrime());
    s.addAll(themes.districts());
    s.add(antiSocialBehaviour());
    s.add(themes.seriousViolence());
    s.add(themes.substanceMisuse());
    s.add(themes.outcomes());
    s.add(localPriorities());
    s.addAll(priorityThemes());
    s.add(otherPriorities());
    s.add(perception());
    localData().ifPresent(s::add);
    s.add(new PlaceSection(a, options, narrative, tables, sourceLine(a)).build(section("place", "Place", 1)));
    s.add(statutory.planReview());
    s.add(recommendations());
    s.add(statutory.checklist());
    s.addAll(new Appendix(a, narrative, tables, options).sections());
    return new ReportDocument(cover(), s);
  }

  private SectionBuilder section(String id, String title, int level) {
    return new SectionBuilder(id, title, level, options.sections());
  }

  private Cover cover() {
    byte[] logo = null;
    String type = "";
    if (options.logo() != null) {
      LogoImage image = LogoImage.read(options.logo());
      logo = image.bytes();
      type = image.mediaType();
    }
    String org = options.organisation().isBlank() ? a.areaName() + " Community Safety Partnership" : options.organisation();
    String issued = LocalDate.now(options.clock()).format(DateTimeFormatter.ofPattern("d MMMM yyyy", options.locale()));
    return new Cover(a.areaName() + " Strategic Assessment", "Crime and community safety, " + a.periodReadable(),
        org, logo, type, issued, a.synthetic());
  }

  private Section executiveSummary() {
    SectionBuilder b = section("executive-summary", "Executive summary", 1);
    if (a.synthetic()) {
      b.note("Synthetic data: this assessment was made from generated demonstration data; no number in it describes a real place.");
    }
    b.subheading("Key findings").bullets(narrative.keyFindings());
    List<String> messages = narrative.keyMessages();
    if (!messages.isEmpty()) {
      b.subheading("Key messages").bullets(messages);
    }
    return b.build();
  }

  private Section strategicContext(StatutorySections statutory) {
    SectionBuilder b = section("strategic-context", "Strategic context", 1);
    b.text(List.of("This strategic assessment meets the partnership's duty under the Crime and Disorder (Formulation"
        + " and Implementation of Strategy) Regulations 2007 to assess crime, disorder and substance misuse each year."
        + " It covers " + a.periodReadable() + compared() + "."));
    b.text(narrative.strategicContext());
    statutory.priorities(b);
    return b.build();
  }

  private Section overallCrime() {
    SectionBuilder b = section("overall-crime", "Overall crime", 1);
    List<String> lead = new ArrayList<>();
    narrative.comparison().ifPresent(lead::add);
    narrative.totalTrend().ifPresent(lead::add);
    if (lead.isEmpty()) {
      b.note("No comparison or trend findings: the data hold no rate for the area in this period.");
    }
    SixYearStory story = new SixYearStory(a);
    story.direction().ifPresent(lead::add);
    b.text(lead).figure(charts.sixYearRates());
    story.missingYears().ifPresent(b::note);
    tables.headline().forEach(b::table);
    b.subheading("What crime is made of").text(narrative.composition()).figure(charts.composition()).figure(charts.categoryRates());
    List<String> trends = new ArrayList<>(narrative.trends());
    trends.addAll(story.crossings());
    if (!trends.isEmpty()) {
      b.subheading("Change on " + Words.period(a.previousPeriod())).bullets(trends);
    }
    b.figure(charts.monthly("monthly", "Recorded crime month by month", List.of(a.totalCategory())));
    return b.table(tables.categories(false)).build();
  }

  private Section antiSocialBehaviour() {
    SectionBuilder b = section("anti-social-behaviour", "Anti-social behaviour", 1);
    List<String> text = narrative.antiSocialBehaviour();
    boolean rows = a.categories().stream().map(CategoryRow::category).anyMatch(Categories::isAsb);
    if (text.isEmpty() && !rows) {
      b.note("The data for this assessment hold no anti-social behaviour figures for " + a.areaName() + " in "
          + a.periodReadable() + ". ONS recorded-crime tables exclude anti-social behaviour; load police.uk street-level"
          + " data to include it.");
    }
    b.text(text).figure(charts.monthly("asb-monthly", "Anti-social behaviour month by month", List.of(Categories.ASB)));
    return b.table(tables.categories(true)).build();
  }

  /** " and compares X with its police force area, …" naming only the comparators the data hold. */
  private String compared() {
    List<String> with = a.headline().stream().map(r -> r.role()).distinct().map(r -> switch (r) {
      case POLICE_FORCE_AREA -> "its police force area";
      case REGION -> "its region";
      case ENGLAND_AND_WALES -> "England and Wales";
      case PEER_GROUP -> "a group of similar districts";
      default -> "";
    }).filter(x -> !x.isEmpty()).toList();
    return with.isEmpty() ? "; the data hold no comparator's rate for it" : " and compares " + a.areaName() + " with " + Words.join(with);
  }

  private Section localPriorities() {
    SectionBuilder b = section("local-priorities", "Local priorities", 1);
    List<String> text = narrative.prioritiesSummary();
    if (text.isEmpty()) {
      b.note("No priority findings: the matrix had no categories to score.");
    }
    return b.text(text).figure(charts.priorityRanking()).table(tables.priorities(10)).build();
  }

  private List<Section> priorityThemes() {
    List<Section> out = new ArrayList<>();
    int n = 1;
    for (Finding.Priority f : narrative.topPriorities()) {
      String cat = f.category();
      SectionBuilder b = section("priority-" + Categories.slug(cat), "Priority " + n + ": " + cat, 1);
      b.text(narrative.category(cat)).figure(charts.categoryTrend("trend-" + Categories.slug(cat), cat))
          .figure(charts.monthly("monthly-" + Categories.slug(cat), cat + " month by month", List.of(cat)));
      out.add(b.build());
      n++;
    }
    return out;
  }

  private Section otherPriorities() {
    SectionBuilder b = section("other-priorities", "Other priorities and emerging issues", 1);
    List<Finding.Priority> others = a.findings(Finding.Priority.class).stream()
        .filter(f -> f.advice() == Finding.Advice.NONE).limit(5).toList();
    if (!others.isEmpty()) {
      b.text(List.of("Below the top five, the matrix ranks " + Words.join(others.stream()
          .map(f -> Words.lower(f.category()) + " (" + Words.ordinal(f.rank()) + ")").toList()) + "."));
    }
    List<String> emerging = narrative.emerging();
    boolean local = a.findings(Finding.EmergingIssue.class).stream().anyMatch(f -> f.subject().taxonomy() == Taxonomy.LOCAL);
    if (emerging.isEmpty()) {
      b.note(local ? "No emerging issues in the ONS or police.uk figures; the local extract's are in the section on local partner data."
          : "No emerging issues were found: no category rose significantly against the trend, and no small count rose sharply.");
    }
    return b.bullets(emerging).build();
  }

  private Section perception() {
    SectionBuilder b = section("perception", "Public perception and the data", 1);
    List<String> text = narrative.perception();
    if (text.isEmpty()) {
      b.note("No survey results were loaded, so public perception cannot be set against the recorded data.");
    }
    return b.bullets(text).table(tables.perception()).build();
  }

  /** The partner's local extract, in a section of its own under its own source name. */
  private Optional<Section> localData() {
    List<String> text = narrative.localData();
    boolean rows = a.categories().stream().anyMatch(c -> c.taxonomy() == Taxonomy.LOCAL);
    if (!rows) {
      return Optional.empty();
    }
    SectionBuilder b = section("local-data", "Local partner data", 1);
    b.text(List.of("These figures come from the partnership's local extract, counted by its own flags and"
        + " categories. They are kept apart from the ONS and police.uk figures, which count differently."));
    return Optional.of(b.bullets(text).table(tables.local()).build());
  }

  private Section recommendations() {
    SectionBuilder b = section("recommendations", "Recommendations", 1);
    List<Narrative.Recommendation> recs = narrative.recommendations();
    if (recs.isEmpty()) {
      b.note("No recommendations: the priority matrix produced no ranking.");
    }
    int i = 1;
    for (Narrative.Recommendation r : recs) {
      b.subheading(i++ + ". " + r.category()).text(List.of(r.text())).bullets(r.reasons());
    }
    return b.build();
  }

  /** "Source: ONS police recorded crime; ONS mid-year population estimates." from the loaded files. */
  static String sourceLine(Assessment a) {
    return sourceLine(a, Set.of());
  }

  /**
   * The source line of the loaded files of the given kinds (every kind when empty), so a table of
   * recorded crime names only the sources its numbers come from.
   */
  static String sourceLine(Assessment a, Set<String> kinds) {
    Set<String> names = new LinkedHashSet<>();
    for (SourceFileInfo s : a.sources()) {
      if (!kinds.isEmpty() && !kinds.contains(s.kind())) {
        continue;
      }
      names.add(switch (s.kind()) {
        case "ons-csp" -> "ONS police recorded crime by Community Safety Partnership";
        case "police-uk" -> "police.uk street-level crime and ASB";
        case "population" -> "ONS mid-year population estimates";
        case "survey" -> "local perceptions survey";
        case "local" -> "the partnership's local extract";
        case "areas" -> "declared geography";
        default -> s.kind();
      });
    }
    if (a.synthetic()) {
      names.add("SYNTHETIC demonstration data");
    }
    return "Source: " + (names.isEmpty() ? "Strata" : String.join("; ", names)) + ". Analysis: Strata.";
  }
}
