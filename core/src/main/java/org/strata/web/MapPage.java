package org.strata.web;

import java.util.ArrayList;
import java.util.List;
import org.strata.analysis.Assessment;
import org.strata.analysis.PlaceRow;
import org.strata.reference.Period;

/**
 * Where incidents happen: a choropleth of the area's LSOAs when boundaries were given (else a point
 * map of its neighbourhoods), a district choropleth when district boundaries include the area, and
 * the busiest neighbourhoods as a table.
 */
final class MapPage {
  private static final int TABLE_ROWS = 20;

  private MapPage() {}

  static String render(Assessment a, Period period, List<Period> choices, BoundaryMaps maps) {
    Html h = new Html();
    Parts.heading(h, a, "map");
    Parts.periodForm(h, "/areas/" + a.areaCode() + "/map", choices, period, List.of());
    if (a.places().isEmpty()) {
      h.raw(Parts.paragraph("No police.uk incidents with a location are loaded for this area and period,"
          + " so there is nothing to map. Load street-level files with strata ingest police-uk."));
    } else {
      List<PlaceRow> top = a.places().stream()
          .sorted(java.util.Comparator.comparingLong(PlaceRow::count).reversed()).limit(TABLE_ROWS).toList();
      List<List<String>> rows = new ArrayList<>();
      for (PlaceRow p : top) {
        rows.add(List.of(Html.escape(p.lsoaName()), Html.escape(p.lsoaCode()), Fmt.count(p.count()), Fmt.pct(p.share()),
            p.topDecileMonths() + " of " + p.months(), Html.escape(p.topLocation())));
      }
      Html t = new Html();
      Layout.table(t, "Busiest " + top.size() + " neighbourhoods", List.of("Neighbourhood", "LSOA code", "Incidents",
          "Share of area", "Months in top 10%", "Most common location"), rows, 2);
      String title = "Police.uk incidents by neighbourhood, " + a.areaName() + ", " + a.periodReadable();
      Layout.chartTabs(h, "map", maps.lsoaMap(a).orElseGet(() -> PlaceMap.svg("map-chart", title, a.places())), t.toString());
    }
    maps.districtMap(a).ifPresent(h::raw);
    return Layout.page("Map, " + a.areaName(), "", List.of(new Layout.Crumb("/", "Find an area"),
        new Layout.Crumb(Parts.areaHref(a.areaCode(), period), a.areaName())), h.toString());
  }
}
