package org.strata.web;

import java.util.List;
import java.util.Locale;
import org.strata.analysis.PlaceRow;

/**
 * A map of an area's neighbourhoods drawn as inline SVG: one circle per LSOA at the mean position
 * of its incidents, its area proportional to the count, persistent hot spots in orange. Needs no
 * tiles and no network.
 */
final class PlaceMap {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 540;
  private static final int PAD = 30;

  private PlaceMap() {}

  static String svg(String id, String title, List<PlaceRow> places) {
    List<PlaceRow> located = places.stream()
        .filter(p -> Double.isFinite(p.longitude()) && Double.isFinite(p.latitude())
            && (p.longitude() != 0 || p.latitude() != 0))
        .toList();
    double minLon = located.stream().mapToDouble(PlaceRow::longitude).min().orElse(0);
    double maxLon = located.stream().mapToDouble(PlaceRow::longitude).max().orElse(1);
    double minLat = located.stream().mapToDouble(PlaceRow::latitude).min().orElse(0);
    double maxLat = located.stream().mapToDouble(PlaceRow::latitude).max().orElse(1);
    double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double spanX = Math.max((maxLon - minLon) * kx, 1e-6);
    double spanY = Math.max(maxLat - minLat, 1e-6);
    double scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
    double ox = PAD + ((WIDTH - 2 * PAD) - spanX * scale) / 2;
    double oy = PAD + ((HEIGHT - 2 * PAD) - spanY * scale) / 2;
    long max = located.stream().mapToLong(PlaceRow::count).max().orElse(1);
    Html h = new Html();
    h.raw(String.format(Locale.ROOT, "<figure class=\"strata-figure\"><svg class=\"strata-chart strata-map\" id=\"%s\"", id));
    h.raw(String.format(Locale.ROOT, " role=\"img\" viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-title %s-desc\">", WIDTH, HEIGHT + 30, id, id));
    h.raw("<title id=\"").raw(id).raw("-title\">").text(title).raw("</title>");
    h.raw(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#f3f2f1\"/>", WIDTH, HEIGHT));
    for (PlaceRow p : located) {
      double x = ox + (p.longitude() - minLon) * kx * scale;
      double y = oy + (maxLat - p.latitude()) * scale;
      double r = 3 + 14 * Math.sqrt((double) p.count() / max);
      h.raw(String.format(Locale.ROOT,
          "<circle class=\"strata-map__place\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.7\" stroke=\"#0b0c0c\" stroke-width=\"0.5\"><title>",
          x, y, r, p.persistentHotSpot() ? Charts.COLOURS.get(1) : Charts.COLOURS.get(0)));
      h.text(p.lsoaName() + " (" + p.lsoaCode() + "): " + Fmt.count(p.count()) + " incidents, "
          + Fmt.pct(p.share()) + " of the area" + (p.persistentHotSpot() ? ", persistent hot spot" : ""));
      h.raw("</title></circle>");
    }
    legend(h);
    h.raw("<desc id=\"").raw(id).raw("-desc\">").text(description(located)).raw("</desc></svg>");
    h.raw("<figcaption class=\"govuk-body-s\">").text(description(located)).raw("</figcaption></figure>");
    return h.toString();
  }

  private static void legend(Html h) {
    int y = HEIGHT + 8;
    h.raw(String.format(Locale.ROOT, "<circle cx=\"12\" cy=\"%d\" r=\"7\" fill=\"%s\"/>", y + 8, Charts.COLOURS.get(0)));
    h.raw(String.format(Locale.ROOT, "<text x=\"26\" y=\"%d\" class=\"strata-chart__label\">Neighbourhood (LSOA), size by incidents</text>", y + 13));
    h.raw(String.format(Locale.ROOT, "<circle cx=\"392\" cy=\"%d\" r=\"7\" fill=\"%s\"/>", y + 8, Charts.COLOURS.get(1)));
    h.raw(String.format(Locale.ROOT, "<text x=\"406\" y=\"%d\" class=\"strata-chart__label\">Persistent hot spot</text>", y + 13));
  }

  static String description(List<PlaceRow> located) {
    if (located.isEmpty()) {
      return "No neighbourhood has located incidents in this period.";
    }
    PlaceRow top = located.stream().max(java.util.Comparator.comparingLong(PlaceRow::count)).orElseThrow();
    long hot = located.stream().filter(PlaceRow::persistentHotSpot).count();
    return String.format(Locale.UK, "%d neighbourhoods mapped. The busiest, %s, had %s incidents (%s of the area). "
        + "%d persistent hot spot(s).", located.size(), top.lsoaName(), Fmt.count(top.count()), Fmt.pct(top.share()), hot);
  }
}
