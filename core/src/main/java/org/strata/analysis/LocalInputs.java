package org.strata.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the partnership states beside the data, from the assessment config: the previous
 * partnership plan's actions, notes on why a category changed, and local figures for drug and
 * alcohol treatment and for reoffending, which no public file Strata loads gives by area.
 *
 * @param why category (as the report names it) → the partnership's explanation of its change
 */
public record LocalInputs(
    List<PlanAction> partnershipPlan,
    Map<String, String> why,
    List<Figure> substanceMisuse,
    List<Figure> reoffending) {
  /** Copies the collections. */
  public LocalInputs {
    partnershipPlan = List.copyOf(partnershipPlan);
    why = Map.copyOf(why);
    substanceMisuse = List.copyOf(substanceMisuse);
    reoffending = List.copyOf(reoffending);
  }

  /** Nothing stated. */
  public static LocalInputs none() {
    return new LocalInputs(List.of(), Map.of(), List.of(), List.of());
  }

  /** The partnership's note on why a category changed, matched ignoring case; empty if none. */
  public String whyOf(String category) {
    return why.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(category))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("");
  }

  /**
   * One action of the previous partnership plan: what, who owns it, how far it got and the
   * evidence for that.
   *
   * @param status the status as written in the config ("complete", "delayed" …)
   * @param priority the plan priority the action served, or empty
   */
  public record PlanAction(String action, String owner, String status, Rag rag, String evidence, String priority) {}

  /** A figure the partnership supplies, with its period and source, reported as given. */
  public record Figure(String measure, String value, String period, String source) {}

  /** Red, amber or green: not delivered, partly or late, delivered or on track. */
  public enum Rag {
    GREEN,
    AMBER,
    RED;

    /** The statuses the config accepts, each with its RAG rating. */
    public static final Map<String, Rag> STATUSES = Map.ofEntries(
        Map.entry("complete", GREEN), Map.entry("completed", GREEN), Map.entry("on track", GREEN),
        Map.entry("green", GREEN), Map.entry("in progress", AMBER), Map.entry("partly complete", AMBER),
        Map.entry("delayed", AMBER), Map.entry("amber", AMBER), Map.entry("not started", RED),
        Map.entry("stopped", RED), Map.entry("not met", RED), Map.entry("red", RED));

    /**
     * The rating of a status, ignoring case, spaces and underscores.
     *
     * @throws IllegalArgumentException if the status is not one of {@link #STATUSES}.
     */
    public static Rag ofStatus(String status) {
      String key = status.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
      Rag r = STATUSES.get(key);
      if (r == null) {
        throw new IllegalArgumentException("partnership_plan: expected a status ("
            + String.join(", ", new java.util.TreeSet<>(STATUSES.keySet())) + "), found \"" + status + "\"");
      }
      return r;
    }

    /** "Green", "Amber", "Red". */
    public String label() {
      return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
  }
}
