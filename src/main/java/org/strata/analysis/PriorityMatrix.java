package org.strata.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Taxonomy;
import org.strata.store.SurveyResult;

/**
 * Ranks categories on a transparent scoring matrix in the spirit of MoRiLE: volume, rate against
 * the force, trend, harm (crime harm index days), public concern and alignment with PCC and police
 * priorities, each scored 0–3 with its reason and weighted by the settings.
 */
final class PriorityMatrix {
  private final OffenceTaxonomy taxonomy;
  private final AnalysisSettings settings;

  PriorityMatrix(OffenceTaxonomy taxonomy, AnalysisSettings settings) {
    this.taxonomy = taxonomy;
    this.settings = settings;
  }

  List<PriorityRow> rank(List<CategoryRow> rows, List<RateRow> headline, Taxonomy primary, List<SurveyResult> survey) {
    List<CategoryRow> candidates =
        rows.stream()
            .filter(r -> r.taxonomy().equals(primary.key()) && r.parent() != null && !r.level().equals("detail"))
            .toList();
    long max = candidates.stream().mapToLong(CategoryRow::count).max().orElse(1);
    double maxHarm =
        candidates.stream().mapToDouble(r -> harm(primary, r) * r.count()).max().orElse(1);
    List<PriorityRow> scored = new ArrayList<>();
    for (CategoryRow r : candidates) {
      List<PriorityRow.PriorityScore> s = new ArrayList<>();
      double share = r.count() / (double) Math.max(1, max);
      s.add(score("volume", 3 * share, String.format(Locale.ROOT, "%,d offences, %.0f%% of the largest category", r.count(), share * 100)));
      if (r.ratePer1000() != null && r.forceRate() != null && r.forceRate() > 0) {
        double ratio = r.ratePer1000() / r.forceRate();
        s.add(score("rate", clamp(1.5 + (ratio - 1) * 3), String.format(Locale.ROOT, "rate %.1f per 1,000 vs force %.1f", r.ratePer1000(), r.forceRate())));
      } else {
        s.add(score("rate", 0, "no force rate to compare"));
      }
      if (r.changePctVsPrevious() != null && r.vsPrevious() != null) {
        double t = r.vsPrevious().significant() ? clamp(1.5 + r.changePctVsPrevious() / 20) : 1.5;
        s.add(score("trend", t, String.format(Locale.ROOT, "%+.0f%% on the previous year%s", r.changePctVsPrevious(), r.vsPrevious().significant() ? " (significant)" : " (not significant)")));
      } else {
        s.add(score("trend", 0, "no previous year"));
      }
      double h = harm(primary, r) * r.count();
      s.add(score("harm", 3 * h / Math.max(1, maxHarm), String.format(Locale.ROOT, "%.0f harm-index days per offence", harm(primary, r))));
      double concern = concern(r.category(), survey);
      s.add(score("concern", concern, concern > 0 ? "named in the perceptions survey" : "not named in the survey"));
      boolean pcc = mentions(settings.pccPriorities(), r.category());
      boolean police = mentions(settings.policePriorities(), r.category());
      s.add(score("alignment", (pcc ? 1.5 : 0) + (police ? 1.5 : 0),
          pcc && police ? "a PCC and police priority" : pcc ? "a PCC priority" : police ? "a police priority" : "not a stated PCC or police priority"));
      double total = s.stream().mapToDouble(x -> x.score() * x.weight()).sum();
      scored.add(new PriorityRow(0, r.category(), r.taxonomy(), total, s));
    }
    scored.sort(Comparator.comparingDouble(PriorityRow::score).reversed());
    List<PriorityRow> out = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      PriorityRow p = scored.get(i);
      out.add(new PriorityRow(i + 1, p.category(), p.taxonomy(), p.score(), p.scores()));
    }
    return out;
  }

  private PriorityRow.PriorityScore score(String criterion, double value, String reason) {
    return new PriorityRow.PriorityScore(criterion, clamp(value), settings.weights().getOrDefault(criterion, 1.0), reason);
  }

  private double harm(Taxonomy t, CategoryRow r) {
    return taxonomy.find(t, r.category()).map(taxonomy::harmDays).orElse(0.0);
  }

  private double concern(String category, List<SurveyResult> survey) {
    double best = 0;
    for (SurveyResult s : survey) {
      String mapped = settings.surveyTopics().getOrDefault(s.topic(), s.topic());
      if (mapped.equalsIgnoreCase(category) && s.value() > 0) {
        best = Math.max(best, clamp(s.value() / 15.0));
      }
    }
    return best;
  }

  static boolean mentions(List<String> priorities, String category) {
    String c = category.toLowerCase(Locale.ROOT);
    return priorities.stream().map(p -> p.toLowerCase(Locale.ROOT)).anyMatch(p -> c.contains(p) || p.contains(c));
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(3, v));
  }
}
