package org.strata.web;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strata.analysis.Assessment;
import org.strata.analysis.DistrictRate;
import org.strata.analysis.PlaceRow;
import org.strata.analysis.RateRow;
import org.strata.analysis.input.Role;
import org.strata.common.AppException;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.report.map.Boundary;
import org.strata.report.map.BoundaryReader;

/**
 * The boundary files given to {@code strata serve}, read once at start, and the choropleths drawn
 * from them: a file whose feature codes match the area's LSOAs shades each LSOA by its police.uk
 * records; any other file is taken as districts, shading the area's district(s) and peers by
 * recorded crime per 1,000 residents with the neighbours around them, as the report does.
 */
final class BoundaryMaps {
  private static final double MARGIN = 0.35;
  private final List<List<Boundary>> layers;
  private final AreaRegistry registry;

  private BoundaryMaps(List<List<Boundary>> layers, AreaRegistry registry) {
    this.layers = layers;
    this.registry = registry;
  }

  /** No boundaries: every map page falls back to the point map. */
  static BoundaryMaps none() {
    return new BoundaryMaps(List.of(), AreaRegistry.load());
  }

  /** Reads the files (a BadInputException if one is not TopoJSON or GeoJSON). */
  static BoundaryMaps read(List<Path> files) {
    return new BoundaryMaps(files.stream().map(BoundaryReader::read).toList(), AreaRegistry.load());
  }

  /** The LSOA choropleth, or empty when no file has a feature coded as one of the area's LSOAs. */
  Optional<String> lsoaMap(Assessment a) {
    if (layers.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> values = new HashMap<>();
    a.places().forEach(p -> values.put(p.lsoaCode(), (double) p.count()));
    List<Boundary> layer = layers.stream().filter(l -> l.stream().anyMatch(b -> values.containsKey(b.code())))
        .flatMap(List::stream).toList();
    List<Boundary> focus = layer.stream().filter(b -> values.containsKey(b.code())).toList();
    if (focus.isEmpty()) {
      return Optional.empty();
    }
    List<Boundary> shown = around(layer, focus);
    PlaceRow top = a.places().stream().max(java.util.Comparator.comparingLong(PlaceRow::count)).orElseThrow();
    String desc = String.format(Locale.UK, "%d of the area's %d neighbourhoods (LSOAs) shaded by police.uk records, "
        + "%s. The busiest, %s, had %s records (%s of the area). Neighbouring LSOAs without data are grey.",
        focus.size(), a.places().size(), a.periodReadable(), top.lsoaName(), Fmt.count(top.count()), Fmt.pct(top.share()));
    return Optional.of(ChoroplethSvg.svg(new ChoroplethSvg.Spec("map-lsoa", "Police.uk records by neighbourhood, "
        + a.areaName() + ", " + a.periodReadable(), shown, values, Set.of(), "records per LSOA", desc)));
  }

  /** The district choropleth, or empty when no non-LSOA file has the area or one of its districts. */
  Optional<String> districtMap(Assessment a) {
    if (layers.isEmpty()) {
      return Optional.empty();
    }
    Set<String> lsoas = new HashSet<>();
    a.places().forEach(p -> lsoas.add(p.lsoaCode()));
    List<Boundary> layer = layers.stream().filter(l -> l.stream().noneMatch(b -> lsoas.contains(b.code())))
        .flatMap(List::stream).toList();
    Set<String> subject = subjectKeys(a);
    List<Boundary> focus = layer.stream()
        .filter(b -> subject.contains(b.code()) || subject.contains(b.name().toLowerCase(Locale.ROOT))).toList();
    if (focus.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> values = districtValues(a, layer, focus);
    Set<String> outlined = new HashSet<>();
    focus.forEach(b -> outlined.add(b.code()));
    String desc = String.format(Locale.UK, "%s (outlined) and its neighbours, shaded by recorded crime per 1,000 residents, "
        + "%s; %d area(s) with a rate, the others grey.", a.areaName(), a.periodReadable(), values.size());
    return Optional.of(ChoroplethSvg.svg(new ChoroplethSvg.Spec("map-district", a.areaName() + " and its neighbours, "
        + a.periodReadable(), around(layer, focus), values, outlined, "recorded crimes per 1,000 residents", desc)));
  }

  private Set<String> subjectKeys(Assessment a) {
    Set<String> keys = new HashSet<>(Set.of(a.areaCode(), a.areaName().toLowerCase(Locale.ROOT)));
    try {
      for (District d : registry.districtsOf(a.areaCode())) {
        keys.add(d.code());
        keys.add(d.name().toLowerCase(Locale.ROOT));
      }
    } catch (AppException e) {
      // an area the registry does not know (the demo's fictional force): its own code and name only
      return keys;
    }
    return keys;
  }

  private static Map<String, Double> districtValues(Assessment a, List<Boundary> layer, List<Boundary> focus) {
    Map<String, Double> values = new HashMap<>();
    for (DistrictRate d : a.districtRates()) {
      if (d.ratePer1000() != null) {
        values.put(d.code(), d.ratePer1000());
        layer.stream().filter(b -> b.name().equalsIgnoreCase(d.name())).forEach(b -> values.put(b.code(), d.ratePer1000()));
      }
    }
    for (RateRow r : a.headline()) {
      if (r.role() == Role.SUBJECT && r.ratePer1000() != null && r.category().equals(a.totalCategory())
          && r.taxonomy() == a.taxonomy()) {
        values.putIfAbsent(r.areaCode(), r.ratePer1000());
        focus.forEach(b -> values.putIfAbsent(b.code(), r.ratePer1000()));
      }
    }
    return values;
  }

  private static List<Boundary> around(List<Boundary> layer, List<Boundary> focus) {
    double[] box = Boundary.union(focus);
    double w = (box[2] - box[0]) * MARGIN;
    double h = (box[3] - box[1]) * MARGIN;
    double[] wide = {box[0] - w, box[1] - h, box[2] + w, box[3] + h};
    return layer.stream().filter(b -> Boundary.intersects(b.bbox(), wide)).toList();
  }
}
