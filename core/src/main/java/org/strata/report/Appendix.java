package org.strata.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strata.analysis.Assessment;
import org.strata.analysis.Finding;
import org.strata.reference.Taxonomy;
import org.strata.report.doc.Section;

/** The appendix: data sources with provenance, method, caveats, glossary and the data tables. */
final class Appendix {
  private final Assessment a;
  private final Narrative narrative;
  private final Tables tables;
  private final ReportOptions options;

  Appendix(Assessment a, Narrative narrative, Tables tables, ReportOptions options) {
    this.a = a;
    this.narrative = narrative;
    this.tables = tables;
    this.options = options;
  }

  List<Section> sections() {
    List<Section> out = new ArrayList<>();
    out.add(section("appendix", "Appendix", 1).text(List.of("The appendix lists where every number comes from, how it"
        + " was worked out, what to bear in mind when reading it, and the tables behind the charts.")).build());
    long read = a.sources().stream().mapToLong(s -> s.rowsRead()).sum();
    long rejected = a.sources().stream().mapToLong(s -> s.rowsRejected()).sum();
    out.add(section("data-sources", "Data sources", 2)
        .text(List.of(String.format(Locale.UK, "%d files were loaded: %,d rows read, %,d loaded and %,d refused (see"
            + " strata rejects for each refused row with its file, line and reason). Each file is identified by its SHA-256 hash.",
            a.sources().size(), read, read - rejected, rejected)))
        .table(tables.sources()).build());
    out.add(section("method", "Method", 2).bullets(method()).build());
    List<String> caveats = narrative.caveats();
    SectionBuilder c = section("caveats", "Caveats", 2);
    if (caveats.isEmpty()) {
      c.note("No caveats were recorded for this assessment.");
    }
    out.add(c.bullets(caveats).build());
    out.add(section("glossary", "Glossary", 2).bullets(GLOSSARY).build());
    SectionBuilder t = section("data-tables", "Data tables", 2)
        .text(List.of("The same tables, with every other table of this document, are in tables.xlsx, one sheet each;"
            + " metrics.csv holds every number quoted."));
    t.table(tables.series()).table(tables.places(Integer.MAX_VALUE)).table(tables.monthly());
    out.add(t.build());
    return out;
  }

  private SectionBuilder section(String id, String title, int level) {
    return new SectionBuilder(id, title, level, options.sections());
  }

  private List<String> method() {
    List<String> m = new ArrayList<>();
    if (a.population() != null) {
      m.add(String.format(Locale.UK, "Rates per 1,000 residents divide counts by the ONS %s (%,d residents) and multiply"
          + " by 1,000; each year of the series and each comparator is divided by its own estimate picked the same way"
          + " (population_year: in the config changes the rule).", a.population().note(), a.population().persons()));
    } else {
      m.add("No ONS mid-year population estimate is loaded for " + a.areaName() + ", so no rates are given"
          + " (strata ingest population adds them).");
    }
    java.util.stream.Stream.concat(a.findings(Finding.Trend.class).stream().map(f -> f.judgement().significance()),
        a.findings(Finding.Comparison.class).stream().map(Finding.Comparison::significance)).findFirst().ifPresent(s ->
        m.add("Changes and differences are tested with the " + s.test() + "; a change is called significant when p is"
            + " below 0.05, and small counts are flagged as volatile rather than over-read."));
    m.add("Comparisons call a rate similar when it is within 5% of the comparator's, higher or lower otherwise.");
    boolean trends = !a.findings(Finding.Trend.class).isEmpty();
    boolean baseline = a.findings(Finding.Trend.class).stream().anyMatch(f -> f.baseline() != null);
    m.add((baseline ? "The baseline for long-run change is " + Words.period(a.baselinePeriod()) + "; "
        : "The data hold no earlier year to serve as a baseline for long-run change; ")
        + (trends ? "changes are measured against " + Words.period(a.previousPeriod()) + "."
            : "they hold no counts for " + Words.period(a.previousPeriod()) + " either, so no change is measured."));
    m.add("The priority matrix scores each category 0–3 on volume, rate against the force, trend, harm (Cambridge Crime"
        + " Harm Index days), public concern and alignment with PCC and police priorities, each times its weight.");
    m.add("Offences follow the " + (a.taxonomy() == Taxonomy.ONS ? "ONS and Home Office counting rules" : "police.uk crime types")
        + "; the two taxonomies are never mixed in one figure.");
    return m;
  }

  private static final List<String> GLOSSARY = List.of(
      "ASB: anti-social behaviour, recorded by the police as incidents rather than crimes.",
      "CSP: Community Safety Partnership, the statutory partnership of council, police, fire, health and probation.",
      "LSOA: Lower Layer Super Output Area, a neighbourhood of about 1,500 residents.",
      "PCC: Police and Crime Commissioner.",
      "Rate per 1,000: offences for every 1,000 residents, so that areas of different sizes can be compared.",
      "Statistically significant: a change larger than chance variation in the counts would usually produce (p < 0.05).",
      "Hot spot: a neighbourhood in the busiest tenth of the area's neighbourhoods; persistent when so in most months.",
      "Gini coefficient: 0 when crime is spread evenly across neighbourhoods, nearer 1 when it is concentrated in a few.",
      "Harm: the Cambridge Crime Harm Index, days of imprisonment a first offence would attract, as a weight of seriousness.");
}
