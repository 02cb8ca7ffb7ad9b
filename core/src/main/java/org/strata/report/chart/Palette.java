package org.strata.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe–Ito palette, safe for the common forms of colour blindness, in the order charts use
 * it: the subject area always takes the first colour. The first five (blue, vermilion, bluish
 * green, reddish purple, black) have at least 3:1 contrast against white (WCAG 1.4.11); orange,
 * sky blue and yellow, which do not, come last.
 */
public final class Palette {
  /** Blue, vermilion, bluish green, reddish purple, black, orange, sky blue, yellow. */
  public static final List<Color> COLOURS = List.of(
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x000000), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442));

  /** Vermilion: the outline that marks the subject area on maps. */
  public static final Color OUTLINE = new Color(0xD55E00);

  /** Light grey for context (areas without data, grid lines). */
  public static final Color CONTEXT = new Color(0xDDDDDD);

  /** Dark grey for text. */
  public static final Color TEXT = new Color(0x0B0C0C);

  private Palette() {}

  /** The i-th colour, cycling. */
  public static Color colour(int i) {
    return COLOURS.get(Math.floorMod(i, COLOURS.size()));
  }

  /** Five sequential blues from light to dark for choropleths. */
  public static List<Color> sequential() {
    return List.of(new Color(0xDEEBF7), new Color(0x9ECAE1), new Color(0x6BAED6), new Color(0x2171B5), new Color(0x08306B));
  }
}
