package org.strata.analysis;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.input.SurveyResult;

/**
 * A judgement the report turns into words, one record per kind, with typed numbers. Every finding
 * is about a {@link Subject} (area, category, taxonomy, period); trends, emerging issues and
 * perception findings about the same subject share one {@link Judgement}, so no two sentences can
 * give the same rows two directions.
 */
public sealed interface Finding {
  /** What the finding is about. */
  Subject subject();

  /** Which kind of finding this is ({@code assessment.json} writes it as {@code kind}). */
  Kind kind();

  /** Warnings that qualify the finding, as sentences without a full stop; none unless the record has them. */
  default List<String> caveats() {
    return List.of();
  }

  /** The subject's category, for short. */
  default String category() {
    return subject().category();
  }

  /** The kinds of finding, written in lower snake case in the JSON. */
  enum Kind {
    COMPARISON, TREND, COMPOSITION, PRIORITY, PERCEPTION_GAP, EMERGING_ISSUE, PLACE, SURVEY, CAVEAT,
    CHANGE_SINCE_LAST, OUTCOME;

    /** The lower-case key, e.g. {@code perception_gap}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The subject's rate against one comparator's. */
  record Comparison(
      Subject subject,
      Comparator comparator,
      long count,
      double ratePer1000,
      long comparatorCount,
      double comparatorRatePer1000,
      double ratio,
      Position position,
      Significance significance,
      @Nullable Position previousPosition,
      List<String> caveats)
      implements Finding {
    /** Copies the caveats. */
    public Comparison {
      caveats = List.copyOf(caveats);
    }

    @Override
    public Kind kind() {
      return Kind.COMPARISON;
    }

    /** True when the rate is beyond the similar band and the test says it is not chance. */
    public boolean clearly(Position p) {
      return position == p && significance.significant();
    }
  }

  /** A category's change against the previous period, and against the baseline when there is one. */
  record Trend(
      Subject subject,
      long count,
      long previousCount,
      String previousPeriod,
      @Nullable Double changePct,
      Judgement judgement,
      @Nullable Baseline baseline,
      List<String> caveats)
      implements Finding {
    /** Copies the caveats. */
    public Trend {
      caveats = List.copyOf(caveats);
    }

    @Override
    public Kind kind() {
      return Kind.TREND;
    }
  }

  /** The latest month of a monthly series outside the control limits of the months before it. */
  record UnusualMonth(
      Subject subject,
      String month,
      long count,
      double expected,
      int monthsBefore,
      long upperLimit,
      long lowerLimit,
      boolean high,
      Significance significance,
      List<String> caveats)
      implements Finding {
    /** Copies the caveats. */
    public UnusualMonth {
      caveats = List.copyOf(caveats);
    }

    @Override
    public Kind kind() {
      return Kind.TREND;
    }
  }

  /** One of the largest offence groups by share of all recorded crime. */
  record Composition(
      Subject subject,
      int rank,
      long count,
      double shareOfTotalPct,
      @Nullable Double ratePer1000)
      implements Finding {
    @Override
    public Kind kind() {
      return Kind.COMPOSITION;
    }
  }

  /** A subgroup that makes up a large share (a quarter or more) of its group. */
  record PartOfGroup(
      Subject subject,
      String parent,
      long count,
      double shareOfParentPct,
      @Nullable Double ratePer1000)
      implements Finding {
    @Override
    public Kind kind() {
      return Kind.COMPOSITION;
    }
  }

  /** A category's place in the priority matrix and the advice that follows from its evidence. */
  record Priority(Subject subject, int rank, double score, List<PriorityRow.PriorityScore> scores, Advice advice)
      implements Finding {
    /** Copies the scores. */
    public Priority {
      scores = List.copyOf(scores);
    }

    @Override
    public Kind kind() {
      return Kind.PRIORITY;
    }


    /** The criteria that carry evidence for the category (not neutral, at least mid-scale), strongest first. */
    public List<PriorityRow.PriorityScore> evidence() {
      return scores.stream()
          .filter(PriorityRow.PriorityScore::supports)
          .sorted((a, b) -> Double.compare(b.score() * b.weight(), a.score() * a.weight()))
          .toList();
    }
  }

  /**
   * What residents say against what is recorded: a concern measure of the survey beside the
   * category's volume rank, its level against the comparators and its trend, with the verdict and
   * the reason for it.
   *
   * @param below comparators whose rate the subject's is significantly below
   * @param above comparators whose rate the subject's is significantly above
   * @param trend the category's one judgement, null without a previous period
   */
  record PerceptionGap(
      Subject subject,
      SurveyResult concern,
      int concernRank,
      int topicsRanked,
      int prevalenceRank,
      long count,
      @Nullable Double ratePer1000,
      @Nullable Double changePct,
      @Nullable Judgement trend,
      List<Comparator> below,
      List<Comparator> above,
      Perception verdict,
      String reason,
      List<String> caveats)
      implements Finding {
    /** Copies the lists. */
    public PerceptionGap {
      below = List.copyOf(below);
      above = List.copyOf(above);
      caveats = List.copyOf(caveats);
    }

    @Override
    public Kind kind() {
      return Kind.PERCEPTION_GAP;
    }
  }

  /**
   * One survey measure as the file gives it (feeling safe, expecting to become a victim …).
   *
   * @param wording what respondents said, after "22% of respondents": "expect to become a victim of crime"
   */
  record SurveyMeasure(
      Subject subject, SurveyResult result, @Nullable SurveyResult previous, String wording, List<String> caveats)
      implements Finding {
    /** Copies the caveats. */
    public SurveyMeasure {
      caveats = List.copyOf(caveats);
    }

    @Override
    public Kind kind() {
      return Kind.SURVEY;
    }
  }

  /** A category or local flag rising while most fall, or a small count rising sharply. */
  record EmergingIssue(
      Subject subject,
      Emergence emergence,
      long count,
      long previousCount,
      @Nullable Double changePct,
      Judgement judgement,
      long categoriesFalling,
      int categories,
      List<String> caveats)
      implements Finding {
    /** Copies the caveats. */
    public EmergingIssue {
      caveats = List.copyOf(caveats);
    }

    @Override
    public Kind kind() {
      return Kind.EMERGING_ISSUE;
    }
  }

  /** A topic stakeholders raised that the recorded data barely show. */
  record StakeholderIssue(
      Subject subject,
      String topic,
      int mentions,
      @Nullable String recordedCategory,
      @Nullable Long recordedCount,
      String text,
      List<String> caveats)
      implements Finding {
    /** Copies the caveats. */
    public StakeholderIssue {
      caveats = List.copyOf(caveats);
    }

    @Override
    public Kind kind() {
      return Kind.EMERGING_ISSUE;
    }
  }

  /** How concentrated the area's police.uk records are across its neighbourhoods (LSOAs). */
  record Concentration(
      Subject subject,
      int lsoas,
      long incidents,
      int topDecileLsoas,
      double topDecileSharePct,
      double gini,
      long persistentHotSpots,
      String topLsoa,
      String topLsoaCode,
      long topLsoaCount,
      String topLocation,
      boolean concentrated,
      List<String> caveats)
      implements Finding {
    /** Copies the caveats. */
    public Concentration {
      caveats = List.copyOf(caveats);
    }

    @Override
    public Kind kind() {
      return Kind.PLACE;
    }
  }

  /** A neighbourhood in the area's busiest tenth in most months of the period. */
  record HotSpot(
      Subject subject,
      String lsoa,
      String lsoaCode,
      long count,
      double sharePct,
      int topDecileMonths,
      int months,
      String topLocation)
      implements Finding {
    @Override
    public Kind kind() {
      return Kind.PLACE;
    }
  }

  /**
   * A category set against last year's strategic assessment: its rank in last year's matrix and
   * now (null when not ranked), and its count and rate then (as last year's assessment gave them)
   * and now with the exact Poisson test (null when last year's assessment did not have it).
   *
   * @param why the partnership's note on why it changed, from the config, or empty
   */
  record SinceLastAssessment(
      Subject subject,
      String previousPeriod,
      @Nullable Integer previousRank,
      @Nullable Integer rank,
      @Nullable Long previousCount,
      long count,
      @Nullable Double previousRate,
      @Nullable Double rate,
      @Nullable Double changePct,
      @Nullable Significance significance,
      String why)
      implements Finding {
    @Override
    public Kind kind() {
      return Kind.CHANGE_SINCE_LAST;
    }
  }

  /**
   * Where the police.uk crimes of one type (or all crime) ended up: the % charged or summonsed,
   * closed with no suspect and still under investigation, for the area and its force.
   */
  record Outcome(
      Subject subject,
      long crimes,
      double chargedPct,
      double noSuspectPct,
      double underInvestigationPct,
      long forceCrimes,
      double forceChargedPct,
      double forceNoSuspectPct,
      List<String> caveats)
      implements Finding {
    /** Copies the caveats. */
    public Outcome {
      caveats = List.copyOf(caveats);
    }

    @Override
    public Kind kind() {
      return Kind.OUTCOME;
    }
  }

  /** A warning about the whole assessment or one category (coverage, recording changes, small counts). */
  record Caveat(Subject subject, CaveatType type, String text) implements Finding {
    @Override
    public Kind kind() {
      return Kind.CAVEAT;
    }
  }

  /** The subject's rate against a comparator's: beyond the similar band above, below, or within it. */
  enum Position {
    HIGHER, LOWER, SIMILAR;

    /** {@code SIMILAR} within the band (a fraction, 0.05 = ±5%), else {@code HIGHER} or {@code LOWER}. */
    public static Position of(double ratio, double band) {
      return Math.abs(ratio - 1) <= band ? SIMILAR : ratio > 1 ? HIGHER : LOWER;
    }
  }

  /** Why an issue is emerging. */
  enum Emergence {
    /** Rising significantly while most categories fall. */
    RISING_AGAINST_TREND,
    /** A small count rising with a p-value below the emerging threshold. */
    SMALL_BUT_RISING
  }

  /** Whether concern and the recorded data agree. */
  enum Perception {
    /** Residents' concern is out of line with the level and trend of what is recorded. */
    MISMATCH,
    CONSISTENT
  }

  /** What the matrix advises for a category. */
  enum Advice {
    /** Ranked high, with at least one criterion of evidence behind it. */
    PRIORITY,
    /** Ranked high on neutral scores alone: watch, do not prioritise yet. */
    KEEP_UNDER_REVIEW,
    /** Ranked below the top. */
    NONE
  }

  /** The kinds of caveat. */
  enum CaveatType {
    COVERAGE, RECORDING_CHANGE, SMALL_COUNTS, SYNTHETIC, OUT_OF_PERIOD
  }
}
