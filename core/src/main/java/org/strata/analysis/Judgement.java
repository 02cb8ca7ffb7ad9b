package org.strata.analysis;

/**
 * The one decision about a subject's change on the previous period: its direction and the test
 * behind it, and whether a rise that is not significant is still an early signal (a small count,
 * p below the emerging threshold). Every sentence about the subject's change derives from this.
 *
 * @param signal true for a non-significant rise of a small count with p below the emerging
 *     threshold: "rising, but it could be chance"
 */
public record Judgement(Direction direction, Significance significance, boolean signal) {
  /**
   * Decides the direction of a change from {@code before} to {@code now}.
   *
   * @param smallBelow counts below this are small for the early-signal rule
   * @param signalP p-value below which a small rise is an early signal
   */
  public static Judgement of(Significance s, long before, long now, int smallBelow, double signalP) {
    Direction d = !s.significant() ? Direction.STABLE : now > before ? Direction.UP : Direction.DOWN;
    boolean signal = d == Direction.STABLE && now > before && now < smallBelow && s.pValue() < signalP;
    return new Judgement(d, s, signal);
  }

  /** True when the count is rising: significantly, or as an early signal. */
  public boolean rising() {
    return direction == Direction.UP || signal;
  }
}
