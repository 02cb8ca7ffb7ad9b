package org.strata.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.Observation;
import org.strata.analysis.input.SurveyResult;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Taxonomy;

/**
 * Compares what residents say worries them with what is recorded. Every concern topic of the
 * latest survey year gets a concern rank (by share naming it, among all topics); a topic that maps
 * to a recorded category (ONS, police.uk or both; the primary taxonomy's first) is judged against
 * that category's level beside the comparators and its trend. Concern and data disagree ({@code
 * MISMATCH}) when a top concern is recorded significantly below a comparator and above none, or
 * falling significantly, or ranks at least the configured gap lower by volume without rising; the
 * reason is kept with the verdict. Topics without a recorded category are survey findings only.
 */
final class PerceptionGap {
  /** Concern ranks up to this are "top concerns". */
  static final int TOP_CONCERNS = 3;

  private final AnalysisSettings settings;

  PerceptionGap(AnalysisSettings settings) {
    this.settings = settings;
  }

  List<Finding> findings(List<SurveyResult> survey, List<CategoryRow> rows, List<Finding.Comparison> comparisons,
      Observation subject, Taxonomy primary) {
    List<Finding> out = new ArrayList<>();
    List<SurveyResult> concerns = SurveyConcern.latest(survey);
    for (int i = 0; i < concerns.size(); i++) {
      SurveyResult s = concerns.get(i);
      Optional<CategoryRow> row = mapped(s.topic(), rows, primary);
      if (row.isEmpty()) {
        continue;
      }
      out.add(judge(s, i + 1, concerns.size(), row.get(), rows, comparisons, subject));
    }
    return out;
  }

  /** The recorded row a topic speaks to: the first mapped category found, the primary taxonomy's first. */
  static Optional<CategoryRow> mapped(String topic, List<CategoryRow> rows, Taxonomy primary, List<String> categories) {
    for (Taxonomy t : List.of(primary, Taxonomy.POLICE_UK, Taxonomy.ONS, Taxonomy.LOCAL)) {
      for (String c : categories) {
        Optional<CategoryRow> r = rows.stream().filter(x -> x.taxonomy() == t && x.category().equalsIgnoreCase(c)).findFirst();
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<CategoryRow> mapped(String topic, List<CategoryRow> rows, Taxonomy primary) {
    return mapped(topic, rows, primary, SurveyConcern.categories(settings.surveyTopics(), topic));
  }

  private Finding.PerceptionGap judge(SurveyResult s, int concernRank, int topics, CategoryRow r,
      List<CategoryRow> rows, List<Finding.Comparison> comparisons, Observation subject) {
    int prevalenceRank = prevalenceRank(rows, r);
    List<Comparator> below = sides(comparisons, r, Finding.Position.LOWER);
    List<Comparator> above = sides(comparisons, r, Finding.Position.HIGHER);
    Judgement trend = r.trend();
    boolean top = concernRank <= TOP_CONCERNS;
    boolean low = !below.isEmpty() && above.isEmpty();
    boolean falling = trend != null && trend.direction() == Direction.DOWN;
    boolean rising = trend != null && trend.rising();
    boolean rankGap = prevalenceRank - concernRank >= settings.thresholds().perceptionRankGap();
    boolean mismatch = top && (low || falling) && !rising && above.isEmpty() || rankGap && !rising && above.isEmpty();
    String reason = reason(r, prevalenceRank, below, above, trend);
    List<String> cav = new ArrayList<>();
    if (s.base() != null && s.base() < 100) {
      cav.add("survey base under 100 respondents");
    }
    if (s.base() == null) {
      cav.add("survey base not given");
    }
    return new Finding.PerceptionGap(Findings.subject(subject, r.category(), r.taxonomy()), s, concernRank, topics,
        prevalenceRank, r.count(), r.ratePer1000() == null ? null : Findings.round(r.ratePer1000()),
        r.changePctVsPrevious(), trend, below, above,
        mismatch ? Finding.Perception.MISMATCH : Finding.Perception.CONSISTENT, reason, cav);
  }

  /** Comparators the category's rate is significantly on one side of. */
  private static List<Comparator> sides(List<Finding.Comparison> comparisons, CategoryRow r, Finding.Position side) {
    return comparisons.stream()
        .filter(c -> c.subject().taxonomy() == r.taxonomy() && c.category().equalsIgnoreCase(r.category()))
        .filter(c -> c.clearly(side))
        .map(Finding.Comparison::comparator)
        .toList();
  }

  /**
   * Why: "it is below the rates of X and Y and fell significantly; 3rd by volume". Comparator
   * names are kept as written so the report can phrase them.
   */
  static String reason(CategoryRow r, int prevalenceRank, List<Comparator> below, List<Comparator> above,
      @Nullable Judgement trend) {
    List<String> parts = new ArrayList<>();
    List<String> sides = new ArrayList<>();
    if (!below.isEmpty()) {
      sides.add("below " + (below.size() == 1 ? "that of " : "those of ") + names(below));
    }
    if (!above.isEmpty()) {
      sides.add("above " + (above.size() == 1 ? "that of " : "those of ") + names(above));
    }
    if (!sides.isEmpty()) {
      parts.add("its rate is " + String.join(" but ", sides));
    }
    if (below.isEmpty() && above.isEmpty()) {
      parts.add("its rate is not significantly different from its comparators'");
    }
    if (trend != null) {
      parts.add(switch (trend.direction()) {
        case UP -> "it rose significantly on the previous year";
        case DOWN -> "it fell significantly on the previous year";
        case STABLE -> trend.signal() ? "it rose on the previous year, though the rise could be chance"
            : "it did not change significantly on the previous year";
      });
    }
    parts.add(String.format(Locale.UK, "it ranks %s by recorded volume", ordinal(prevalenceRank)));
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static String names(List<Comparator> cs) {
    List<String> names = cs.stream().map(c -> switch (c.role()) {
      case POLICE_FORCE_AREA -> "the " + c.areaName() + " force area";
      case REGION -> c.areaName().equals("Wales") ? "Wales" : "the " + c.areaName() + " region";
      case ENGLAND_AND_WALES -> "England and Wales";
      case PEER_GROUP -> "the peer group";
      default -> c.areaName();
    }).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  static String ordinal(int n) {
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  /** 1 for the most common of the row's taxonomy's groups (and anti-social behaviour). */
  static int prevalenceRank(List<CategoryRow> rows, CategoryRow row) {
    List<CategoryRow> peers = rows.stream()
        .filter(r -> r.taxonomy() == row.taxonomy())
        .filter(r -> r == row || r.level() == OffenceLevel.GROUP || r.level() == OffenceLevel.INCIDENT
            || r.level() == OffenceLevel.FLAG)
        .sorted(java.util.Comparator.comparingLong(CategoryRow::count).reversed())
        .toList();
    return peers.indexOf(row) + 1;
  }
}
