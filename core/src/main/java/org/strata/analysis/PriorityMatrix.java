package org.strata.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.strata.analysis.input.Role;
import org.strata.analysis.input.SurveyResult;
import org.strata.reference.OffenceLevel;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Taxonomy;

/**
 * Ranks the primary taxonomy's offence groups and anti-social behaviour (from police.uk when loaded) on a transparent scoring
 * matrix in the spirit of MoRiLE: volume, rate against the police force area, trend, harm (crime
 * harm index days × count), public concern and alignment with PCC and police priorities, each
 * scored 0–3 with its reason and multiplied by its weight. Rules and thresholds: docs/method.md.
 */
final class PriorityMatrix {
  /** The criteria, in the order they are reported. */
  static final List<String> CRITERIA = List.of("volume", "rate", "trend", "harm", "concern", "alignment");

  /** How many of the highest-ranked categories the matrix gives advice on. */
  static final int TOP = 5;

  private final OffenceTaxonomy taxonomy;
  private final AnalysisSettings settings;

  PriorityMatrix(OffenceTaxonomy taxonomy, AnalysisSettings settings) {
    this.taxonomy = taxonomy;
    this.settings = settings;
  }

  List<PriorityRow> rank(List<CategoryRow> rows, List<Finding.Comparison> comparisons, Taxonomy primary,
      List<SurveyResult> survey) {
    List<CategoryRow> candidates =
        rows.stream()
            .filter(r -> r.level() == OffenceLevel.INCIDENT
                || r.taxonomy() == primary && r.level() == OffenceLevel.GROUP)
            .toList();
    long max = candidates.stream().mapToLong(CategoryRow::count).max().orElse(1);
    double maxHarm = candidates.stream().mapToDouble(r -> harm(primary, r) * r.count()).max().orElse(0);
    double maxConcern = SurveyConcern.max(survey);
    List<PriorityRow> scored = new ArrayList<>();
    for (CategoryRow r : candidates) {
      List<PriorityRow.PriorityScore> s = new ArrayList<>();
      double share = r.count() / (double) Math.max(1, max);
      s.add(score("volume", 3 * share, String.format(Locale.ROOT,
          "%,d in the period, %.0f%% of the largest category", r.count(), share * 100)));
      s.add(rate(r, comparisons));
      s.add(trend(r));
      double h = harm(primary, r);
      s.add(score("harm", maxHarm > 0 ? 3 * h * r.count() / maxHarm : 0, String.format(Locale.ROOT,
          "%,.0f crime harm index days per offence, %,.0f in all", h, h * r.count())));
      s.add(concern(r.category(), survey, maxConcern));
      s.add(alignment(r.category()));
      double total = s.stream().mapToDouble(x -> x.score() * x.weight()).sum();
      scored.add(new PriorityRow(0, r.category(), r.taxonomy(), total, s));
    }
    scored.sort(Comparator.comparingDouble(PriorityRow::score).reversed().thenComparing(PriorityRow::category));
    List<PriorityRow> out = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      PriorityRow p = scored.get(i);
      out.add(new PriorityRow(i + 1, p.category(), p.taxonomy(), p.score(), p.scores()));
    }
    return out;
  }

  /** 1.5 when similar or not significantly different from the force; up to 3 when far above. */
  private PriorityRow.PriorityScore rate(CategoryRow r, List<Finding.Comparison> comparisons) {
    Optional<Finding.Comparison> f = comparisons.stream()
        .filter(c -> c.category().equals(r.category()) && c.subject().taxonomy() == r.taxonomy()
            && c.comparator().role() == Role.POLICE_FORCE_AREA)
        .findFirst();
    if (f.isEmpty()) {
      return neutral("rate", "no force rate to compare: neutral score");
    }
    Finding.Comparison c = f.get();
    boolean sig = c.significance().significant();
    String reason = String.format(Locale.ROOT, "rate %.1f per 1,000 vs force %.1f (%s, %s)",
        c.ratePer1000(), c.comparatorRatePer1000(), c.position().name().toLowerCase(Locale.ROOT),
        p(c.significance().pValue()));
    return sig ? score("rate", 1.5 + (c.ratio() - 1) * 3, reason) : neutral("rate", reason + ": not significant, neutral score");
  }

  /** 1.5 when stable or untested; moved by a twentieth of the percentage change when significant. */
  private PriorityRow.PriorityScore trend(CategoryRow r) {
    if (r.changePctVsPrevious() == null || r.trend() == null) {
      return neutral("trend", "no previous period to compare: neutral score");
    }
    boolean sig = r.trend().direction() != Direction.STABLE;
    String reason = String.format(Locale.ROOT, "%+.0f%% on the previous period (%s, %s)",
        r.changePctVsPrevious(), sig ? "significant" : "not significant", p(r.trend().significance().pValue()));
    return sig ? score("trend", 1.5 + r.changePctVsPrevious() / 20, reason) : neutral("trend", reason + ": neutral score");
  }

  private PriorityRow.PriorityScore concern(String category, List<SurveyResult> survey, double max) {
    Optional<SurveyResult> s = SurveyConcern.find(survey, settings.surveyTopics(), category);
    if (s.isEmpty() || !(max > 0)) {
      return score("concern", 0, "not named in the perceptions survey");
    }
    return score("concern", 3 * s.get().value() / max, String.format(Locale.ROOT,
        "named by %.0f%% of respondents (%d survey, topic \"%s\")", s.get().value(), s.get().year(), s.get().topic()));
  }

  private PriorityRow.PriorityScore alignment(String category) {
    Optional<String> pcc = matching(settings.pccPriorities(), category);
    Optional<String> police = matching(settings.policePriorities(), category);
    String reason = pcc.isPresent() && police.isPresent()
        ? "a priority of both the Police and Crime Commissioner and the police"
            + as(category, pcc.get(), police.get())
        : pcc.map(p -> "a Police and Crime Commissioner priority" + as(category, p))
            .orElse(police.map(p -> "a police priority" + as(category, p))
                .orElse("not a stated PCC or police priority"));
    return score("alignment", (pcc.isPresent() ? 1.5 : 0) + (police.isPresent() ? 1.5 : 0), reason);
  }

  /** " (as \"…\")" naming the priorities as written, when they differ from the category. */
  private static String as(String category, String... written) {
    List<String> differ = java.util.Arrays.stream(written).distinct()
        .filter(w -> !w.equalsIgnoreCase(category)).map(w -> "\"" + w + "\"").toList();
    return differ.isEmpty() ? "" : " (as " + String.join(" and ", differ) + ")";
  }

  private Optional<String> matching(List<String> priorities, String category) {
    String c = category.toLowerCase(Locale.ROOT);
    for (String p : priorities) {
      String text = p.toLowerCase(Locale.ROOT);
      boolean mapped = settings.priorityCategories().getOrDefault(p, List.of()).stream()
          .anyMatch(x -> x.equalsIgnoreCase(category));
      if (mapped || text.contains(c) || c.contains(text)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private PriorityRow.PriorityScore score(String criterion, double value, String reason) {
    return new PriorityRow.PriorityScore(criterion, Findings.round(clamp(value)),
        settings.weights().getOrDefault(criterion, 1.0), reason, false);
  }

  /** The middle score for a criterion that could not be judged. */
  private PriorityRow.PriorityScore neutral(String criterion, String reason) {
    return new PriorityRow.PriorityScore(criterion, 1.5, settings.weights().getOrDefault(criterion, 1.0), reason, true);
  }

  /**
   * The matrix as findings: the top five are advised as priorities when at least one criterion is
   * evidence for them, else to be kept under review; the rest get no advice.
   */
  static List<Finding.Priority> findings(List<PriorityRow> rows, Subject area) {
    List<Finding.Priority> out = new ArrayList<>();
    for (PriorityRow r : rows) {
      Finding.Advice advice = r.rank() > TOP ? Finding.Advice.NONE
          : r.scores().stream().anyMatch(PriorityRow.PriorityScore::supports) ? Finding.Advice.PRIORITY
              : Finding.Advice.KEEP_UNDER_REVIEW;
      out.add(new Finding.Priority(area.about(r.category(), r.taxonomy()), r.rank(), Findings.round(r.score()),
          r.scores(), advice));
    }
    return out;
  }

  private double harm(Taxonomy t, CategoryRow r) {
    return taxonomy.find(t, r.category()).map(taxonomy::harmDays).orElse(0.0);
  }

  /** "p = 0.041", or "p < 0.001" for the smallest. */
  static String p(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(3, v));
  }
}
