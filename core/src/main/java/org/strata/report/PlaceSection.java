package org.strata.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strata.analysis.Assessment;
import org.strata.analysis.DistrictRate;
import org.strata.analysis.PlaceRow;
import org.strata.analysis.RateRow;
import org.strata.analysis.input.Role;
import org.strata.report.doc.Figure;
import org.strata.report.doc.Section;
import org.strata.report.map.Boundary;
import org.strata.report.map.BoundaryReader;
import org.strata.report.map.DensityMap;
import org.strata.report.map.Maps;

/**
 * The place section: concentration and hot spots from the findings, an LSOA choropleth when the
 * boundaries are of LSOAs, a district map when they are of districts, and a point-density map from
 * police.uk coordinates whenever neighbourhood data exist.
 */
final class PlaceSection {
  private final Assessment a;
  private final ReportOptions options;
  private final Narrative narrative;
  private final Tables tables;
  private final String source;

  PlaceSection(Assessment a, ReportOptions options, Narrative narrative, Tables tables, String source) {
    this.a = a;
    this.options = options;
    this.narrative = narrative;
    this.tables = tables;
    this.source = source;
  }

  Section build(SectionBuilder b) {
    List<List<Boundary>> layers = options.boundaries().stream().map(BoundaryReader::read).toList();
    List<String> text = narrative.place();
    if (text.isEmpty()) {
      b.note("No neighbourhood-level data: police.uk street-level records were not loaded for " + a.areaName()
          + " in this period, so concentration and hot spots cannot be shown.");
    }
    b.text(text);
    Set<String> lsoas = a.places().stream().map(PlaceRow::lsoaCode).collect(Collectors.toSet());
    List<Boundary> lsoaLayer = layers.stream().filter(l -> l.stream().anyMatch(x -> lsoas.contains(x.code())))
        .flatMap(List::stream).toList();
    List<Boundary> bounds = layers.stream().filter(l -> l.stream().noneMatch(x -> lsoas.contains(x.code())))
        .flatMap(List::stream).toList();
    Optional<Boundary> outline = bounds.stream()
        .filter(x -> x.code().equals(a.areaCode()) || x.name().equalsIgnoreCase(a.areaName())).findFirst();
    if (outline.isPresent()) {
      b.figure(districtMap(bounds));
    }
    if (!lsoaLayer.isEmpty()) {
      b.figure(lsoaMap(lsoaLayer));
    }
    b.figure(DensityMap.of("map-density", "Where records are concentrated in " + a.areaName(), source, a.places(),
        outline.orElse(null)));
    return b.table(tables.places(10)).build();
  }

  private Optional<Figure> lsoaMap(List<Boundary> bounds) {
    Map<String, Double> values = new HashMap<>();
    a.places().forEach(p -> values.put(p.lsoaCode(), (double) p.count()));
    List<String> subject = a.places().stream().map(PlaceRow::lsoaCode).toList();
    return Maps.choropleth("map-lsoa", "Police.uk records by neighbourhood", "Records per LSOA, " + a.periodReadable(),
        source, bounds, subject, values);
  }

  private Optional<Figure> districtMap(List<Boundary> bounds) {
    Map<String, Double> values = new HashMap<>();
    for (DistrictRate d : a.districtRates()) {
      if (d.ratePer1000() != null) {
        values.put(d.code(), d.ratePer1000());
        bounds.stream().filter(x -> x.name().equalsIgnoreCase(d.name())).forEach(x -> values.put(x.code(), d.ratePer1000()));
      }
    }
    for (RateRow r : a.headline()) {
      if (r.role() == Role.SUBJECT && r.ratePer1000() != null && r.category().equals(a.totalCategory())
          && r.taxonomy() == a.taxonomy()) {
        values.putIfAbsent(r.areaCode(), r.ratePer1000());
        bounds.stream().filter(x -> x.name().equalsIgnoreCase(r.areaName()))
            .forEach(x -> values.putIfAbsent(x.code(), r.ratePer1000()));
      }
    }
    return Maps.choropleth("map-district", a.areaName() + " and its neighbours",
        "Recorded crime per 1,000 residents, " + a.periodReadable(), source, bounds, List.of(a.areaCode(), a.areaName()), values);
  }
}
