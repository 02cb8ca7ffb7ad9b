package org.strata.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Taxonomy;
import org.strata.store.SurveyResult;

/**
 * Ranks the primary taxonomy's offence groups and anti-social behaviour (from police.uk when loaded) on a transparent scoring
 * matrix in the spirit of MoRiLE: volume, rate against the police force area, trend, harm (crime
 * harm index days × count), public concern and alignment with PCC and police priorities, each
 * scored 0–3 with its reason and multiplied by its weight. Rules and thresholds: docs/method.md.
 */
final class PriorityMatrix {
  /** The criteria, in the order they are reported. */
  static final List<String> CRITERIA = List.of("volume", "rate", "trend", "harm", "concern", "alignment");

  private final OffenceTaxonomy taxonomy;
  private final AnalysisSettings settings;

  PriorityMatrix(OffenceTaxonomy taxonomy, AnalysisSettings settings) {
    this.taxonomy = taxonomy;
    this.settings = settings;
  }

  List<PriorityRow> rank(List<CategoryRow> rows, List<Finding> comparisons, Taxonomy primary, List<SurveyResult> survey) {
    List<CategoryRow> candidates =
        rows.stream()
            .filter(r -> r.level().equals("incident")
                || r.taxonomy().equals(primary.key()) && r.level().equals("group"))
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
  private PriorityRow.PriorityScore rate(CategoryRow r, List<Finding> comparisons) {
    Optional<Finding> f = comparisons.stream()
        .filter(c -> c.category().equals(r.category()) && c.comparator() != null
            && c.comparator().startsWith("police_force_area:"))
        .findFirst();
    if (f.isEmpty() || f.get().significance() == null) {
      return score("rate", 1.5, "no force rate to compare: neutral score");
    }
    double ratio = ((Number) f.get().numbers().get("comparator_ratio")).doubleValue();
    boolean sig = f.get().significance().significant();
    String reason = String.format(Locale.ROOT, "rate %.1f per 1,000 vs force %.1f (%s, p = %.3f)",
        f.get().numbers().get("rate_per_1000"), f.get().numbers().get("comparator_rate_per_1000"),
        f.get().direction(), f.get().significance().pValue());
    return score("rate", sig ? 1.5 + (ratio - 1) * 3 : 1.5, reason + (sig ? "" : ": not significant, neutral score"));
  }

  /** 1.5 when stable or untested; moved by a twentieth of the percentage change when significant. */
  private PriorityRow.PriorityScore trend(CategoryRow r) {
    if (r.changePctVsPrevious() == null || r.vsPrevious() == null) {
      return score("trend", 1.5, "no previous period to compare: neutral score");
    }
    boolean sig = r.vsPrevious().significant();
    return score("trend", sig ? 1.5 + r.changePctVsPrevious() / 20 : 1.5, String.format(Locale.ROOT,
        "%+.0f%% on the previous period (%s, p = %.3f)", r.changePctVsPrevious(),
        sig ? "significant" : "not significant", r.vsPrevious().pValue()));
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
    return new PriorityRow.PriorityScore(criterion, Findings.round(clamp(value)), settings.weights().getOrDefault(criterion, 1.0), reason);
  }

  private double harm(Taxonomy t, CategoryRow r) {
    return taxonomy.find(t, r.category()).map(taxonomy::harmDays).orElse(0.0);
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(3, v));
  }
}
