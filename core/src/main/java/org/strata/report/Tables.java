package org.strata.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.Assessment;
import org.strata.analysis.CategoryRow;
import org.strata.analysis.Finding;
import org.strata.analysis.PlaceRow;
import org.strata.analysis.PriorityRow;
import org.strata.analysis.RateRow;
import org.strata.analysis.SeriesPoint;
import org.strata.analysis.input.SourceFileInfo;
import org.strata.reference.OffenceLevel;
import org.strata.reference.Taxonomy;
import org.strata.report.doc.DataTable.Column;
import org.strata.report.doc.DataTable.Kind;
import org.strata.report.doc.DataTable;

/** The document's tables, each built from one part of the assessment. */
final class Tables {
  private final Assessment a;
  private final String source;
  private final String recorded;

  /**
   * Tables with a source line for everything and one for recorded crime alone.
   *
   * @param recorded the source line of the tables of recorded crime (ONS, police.uk, population)
   */
  Tables(Assessment a, String source, String recorded) {
    this.a = a;
    this.source = source;
    this.recorded = recorded;
  }

  private static Column col(String header, Kind kind) {
    return new Column(header, kind);
  }

  private static List<@Nullable Object> row(@Nullable Object... cells) {
    return Arrays.asList(cells);
  }

  /**
   * The headline rates, one table per source (ONS, police.uk): sources are never mixed in one
   * table. The primary taxonomy's table keeps the sheet name {@code Rates}.
   */
  List<DataTable> headline() {
    java.util.Map<Taxonomy, List<List<@Nullable Object>>> bySource = new java.util.LinkedHashMap<>();
    bySource.put(a.taxonomy(), new ArrayList<>());
    for (RateRow r : a.headline()) {
      bySource.computeIfAbsent(r.taxonomy(), t -> new ArrayList<>()).add(row(r.areaName(),
          Words.capital(r.role().key().replace('_', ' ').replace("england and wales", "country")),
          r.count(), r.population(), r.ratePer1000(), r.computed() ? computed(r.note())
              : r.note().startsWith("published") ? r.note() : "published"));
    }
    List<DataTable> out = new ArrayList<>();
    bySource.forEach((t, rows) -> {
      if (rows.isEmpty()) {
        return;
      }
      boolean primary = t == a.taxonomy();
      String title = "Recorded crime per 1,000 residents, " + Words.period(a.period())
          + (primary ? "" : ", " + source(t));
      out.add(new DataTable(primary ? "Rates" : "Rates " + source(t), title,
          List.of(col("Area", Kind.TEXT), col("Role", Kind.TEXT),
              col(t == Taxonomy.ONS ? "Offences" : "Crimes and incidents", Kind.COUNT), col("Population", Kind.COUNT),
              col("Rate per 1,000", Kind.RATE), col("Note", Kind.TEXT)), rows, recorded));
    });
    return out;
  }

  DataTable categories(boolean asbOnly) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (CategoryRow c : a.categories()) {
      if (asbOnly != Categories.isAsb(c.category()) || c.taxonomy() == Taxonomy.LOCAL) {
        continue;
      }
      rows.add(row((c.parent() == null || c.level() == OffenceLevel.GROUP ? "" : "  ") + c.category() + (c.small() ? " (small count)" : ""),
          source(c.taxonomy()), c.count(), c.ratePer1000(), c.shareOfTotal(), c.shareOfParent(),
          c.previousCount(), c.changePctVsPrevious(),
          c.vsPrevious() == null ? null : Words.pValue(c.vsPrevious().pValue()) + (c.vsPrevious().significant() ? " *" : ""),
          c.forceRate()));
    }
    String title = asbOnly ? "Anti-social behaviour, " + Words.period(a.period())
        : "Offences by category, " + Words.period(a.period()) + ", with change on " + Words.period(a.previousPeriod());
    return new DataTable(asbOnly ? "ASB" : "Categories", title,
        List.of(col("Category", Kind.TEXT), col("Source", Kind.TEXT), col("Count", Kind.COUNT), col("Rate per 1,000", Kind.RATE),
            col("Share of all", Kind.PERCENT), col("Share of group", Kind.PERCENT), col("Previous year", Kind.COUNT),
            col("Change", Kind.CHANGE), col("Significance (* p<0.05)", Kind.TEXT), col("Force rate", Kind.RATE)), rows, recorded);
  }

  /** The local extract's flags and categories, under its own source, never beside ONS or police.uk figures. */
  DataTable local() {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (CategoryRow c : a.categories()) {
      if (c.taxonomy() == Taxonomy.LOCAL) {
        rows.add(row(c.category() + (c.small() ? " (small count)" : ""), c.count(), c.previousCount(), c.changePctVsPrevious(),
            c.vsPrevious() == null ? null : Words.pValue(c.vsPrevious().pValue()) + (c.vsPrevious().significant() ? " *" : "")));
      }
    }
    return new DataTable("Local extract", "Local extract: incidents by flag and category, " + Words.period(a.period())
        + ", with change on " + Words.period(a.previousPeriod()),
        List.of(col("Flag or category", Kind.TEXT), col("Incidents", Kind.COUNT), col("Previous year", Kind.COUNT),
            col("Change", Kind.CHANGE), col("Significance (* p<0.05)", Kind.TEXT)), rows,
        "Source: the partnership's local extract (flags and categories as the extract records them). Analysis: Strata.");
  }

  /** The source a taxonomy's figures come from, as a table names it. */
  static String source(Taxonomy t) {
    return switch (t) {
      case ONS -> "ONS";
      case POLICE_UK -> "police.uk";
      case LOCAL -> "local extract";
    };
  }

  /** "computed: …" once, however the note begins. */
  static String computed(String note) {
    return note.startsWith("computed") ? note : "computed: " + note;
  }

  DataTable series() {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (SeriesPoint p : a.series()) {
      if (p.taxonomy() != Taxonomy.LOCAL) {
        rows.add(row(p.areaName(), p.period(), p.category(), source(p.taxonomy()), p.count(), p.ratePer1000()));
      }
    }
    return new DataTable("Series", "Yearly series: counts and rates per 1,000 residents",
        List.of(col("Area", Kind.TEXT), col("Period", Kind.TEXT), col("Category", Kind.TEXT), col("Source", Kind.TEXT),
            col("Count", Kind.COUNT), col("Rate per 1,000", Kind.RATE)), rows, recorded);
  }

  DataTable monthly() {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (SeriesPoint p : a.monthly()) {
      rows.add(row(p.areaName(), p.period(), p.category(), p.count()));
    }
    return new DataTable("Monthly", "Monthly counts",
        List.of(col("Area", Kind.TEXT), col("Month", Kind.TEXT), col("Category", Kind.TEXT), col("Count", Kind.COUNT)), rows, source);
  }

  DataTable priorities(int limit) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (PriorityRow p : a.priorities().subList(0, Math.min(limit, a.priorities().size()))) {
      List<@Nullable Object> r = new ArrayList<>(List.of(p.rank(), p.category(), p.score()));
      for (String c : List.of("volume", "rate", "trend", "harm", "concern", "alignment")) {
        r.add(p.scores().stream().filter(s -> s.criterion().equals(c)).map(s -> s.score() * s.weight()).findFirst().orElse(null));
      }
      rows.add(r);
    }
    return new DataTable("Priorities", "Priority matrix: weighted scores (each criterion 0–3 times its weight)",
        List.of(col("Rank", Kind.COUNT), col("Category", Kind.TEXT), col("Score", Kind.NUMBER), col("Volume", Kind.NUMBER),
            col("Rate", Kind.NUMBER), col("Trend", Kind.NUMBER), col("Harm", Kind.NUMBER), col("Concern", Kind.NUMBER),
            col("Alignment", Kind.NUMBER)), rows, source);
  }

  DataTable places(int limit) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (PlaceRow p : a.places().subList(0, Math.min(limit, a.places().size()))) {
      rows.add(row(p.lsoaName(), p.lsoaCode(), p.count(), p.share(), p.topDecileMonths() + " of " + p.months(),
          p.persistentHotSpot() ? "yes" : "no", p.topLocation()));
    }
    return new DataTable(limit < Integer.MAX_VALUE ? "Hot spots" : "Neighbourhoods",
        limit < Integer.MAX_VALUE ? "The " + rows.size() + " busiest neighbourhoods (LSOAs)" : "Police.uk records by neighbourhood (LSOA)",
        List.of(col("Neighbourhood", Kind.TEXT), col("LSOA code", Kind.TEXT), col("Records", Kind.COUNT), col("Share", Kind.PERCENT),
            col("Months in busiest tenth", Kind.TEXT), col("Persistent hot spot", Kind.TEXT), col("Most common location", Kind.TEXT)),
        rows, source);
  }

  DataTable perception() {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Finding.PerceptionGap f : a.findings(Finding.PerceptionGap.class)) {
      rows.add(row(f.concern().topic(), f.category() + " (" + source(f.subject().taxonomy()) + ")", f.concern().value(),
          f.concern().base() == null ? null : (long) f.concern().base(), (long) f.concernRank(),
          (long) f.prevalenceRank(), f.count(), f.verdict() == Finding.Perception.MISMATCH ? "disconnect" : "in line"));
    }
    return new DataTable("Perception", "Survey concern against recorded volume",
        List.of(col("Survey topic", Kind.TEXT), col("Category", Kind.TEXT), col("Naming it a priority", Kind.PERCENT),
            col("Base", Kind.COUNT), col("Concern rank", Kind.COUNT), col("Volume rank", Kind.COUNT), col("Recorded", Kind.COUNT),
            col("Judgement", Kind.TEXT)), rows, source);
  }

  DataTable sources() {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (SourceFileInfo s : a.sources()) {
      rows.add(row(fileName(s.path()), s.kind(), s.period().isEmpty() ? "–" : s.period(), s.rowsRead(), s.rowsLoaded(),
          s.rowsRejected(), s.sha256(), s.loadedAt(), s.note().isEmpty() ? "–" : s.note()));
    }
    return new DataTable("Sources", "Data sources and their provenance",
        List.of(col("File", Kind.TEXT), col("Kind", Kind.TEXT), col("Period", Kind.TEXT), col("Rows read", Kind.COUNT),
            col("Loaded", Kind.COUNT), col("Rejected", Kind.COUNT), col("SHA-256", Kind.HASH), col("Loaded at", Kind.TEXT),
            col("Note", Kind.TEXT)),
        rows, "Strata ingest log; printed hashes are shortened, tables.xlsx and assessment.json hold them whole");
  }

  static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
