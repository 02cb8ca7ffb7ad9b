package org.strata.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to present an assessment: who publishes it, their logo, the analyst's text per section, the
 * boundaries for maps, and the clock and locale for the date of issue. Usually read from the
 * {@code report:} part of {@code assessment.yaml}.
 *
 * @param organisation the publisher's name for the cover; empty for "&lt;area&gt; Community Safety
 *     Partnership"
 * @param logo a PNG, JPEG or SVG file for the cover, or null for none
 * @param sections section id → Markdown: {@code id} replaces the section's generated text (tables,
 *     charts and maps stay), {@code id+} adds the analyst's text after it
 * @param boundaries TopoJSON or GeoJSON files of district or LSOA boundaries for maps; empty for
 *     point-density maps only
 */
public record ReportOptions(
    String organisation, @Nullable Path logo, Map<String, String> sections, List<Path> boundaries,
    Clock clock, Locale locale) {
  /** Validates and copies. */
  public ReportOptions {
    Objects.requireNonNull(organisation, "organisation");
    // Section ids are written with hyphens ("strategic-context"); YAML users often write
    // underscores, so both are accepted.
    java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
    sections.forEach((k, v) -> ids.put(k.strip().toLowerCase(Locale.ROOT).replace('_', '-'), v));
    sections = Map.copyOf(ids);
    boundaries = List.copyOf(boundaries);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(locale, "locale");
  }

  /** No branding, no overrides, no boundaries; the system clock in UTC and British English. */
  public static ReportOptions defaults() {
    return new ReportOptions("", null, Map.of(), List.of(), Clock.systemUTC(), Locale.UK);
  }

  /** These options with other boundaries. */
  public ReportOptions withBoundaries(List<Path> files) {
    return new ReportOptions(organisation, logo, sections, files, clock, locale);
  }
}
