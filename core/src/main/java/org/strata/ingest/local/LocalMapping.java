package org.strata.ingest.local;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;

/**
 * How a local extract's columns map onto incident fields, read from YAML:
 *
 * <pre>
 * columns:
 *   date: Date Recorded       # or month: (YYYY-MM); one of the two is required
 *   area: District            # district/CSP name or GSS code; area or lsoa is required
 *   lsoa: LSOA Code
 *   category: Offence Type    # optional
 * date_format: dd/MM/yyyy     # for date; default yyyy-MM-dd
 * flags:                      # flag name → column; a row has the flag when the cell is true
 *   knife: Knife Flag
 *   domestic_abuse: DA
 * true_values: [Y, Yes, True, 1]
 * </pre>
 *
 * @param columns field ({@code date}, {@code month}, {@code area}, {@code lsoa}, {@code
 *     category}) → column header
 * @param flags flag name → column header
 * @param trueValues cell texts that set a flag, compared ignoring case
 */
public record LocalMapping(
    Map<String, String> columns, String dateFormat, Map<String, String> flags, List<String> trueValues) {
  /** The fields a mapping may name. */
  public static final List<String> FIELDS = List.of("date", "month", "area", "lsoa", "category");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Copies the maps. */
  public LocalMapping {
    columns = Map.copyOf(columns);
    flags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    trueValues = List.copyOf(trueValues);
  }

  /** Raw YAML shape. */
  record Yaml(
      @Nullable Map<String, String> columns,
      @JsonProperty("date_format") @Nullable String dateFormat,
      @Nullable Map<String, String> flags,
      @JsonProperty("true_values") @Nullable List<String> trueValues) {}

  /**
   * Reads a mapping file.
   *
   * @throws BadInputException if the YAML is malformed, has an unknown key or field, or lacks a
   *     date/month or an area/lsoa column.
   */
  public static LocalMapping read(Path file) {
    Yaml y;
    try {
      String text = org.strata.common.TextFiles.readUtf8(file, "a mapping (YAML)");
      y = text.isBlank() ? null : YAML.readValue(text, Yaml.class);
    } catch (JsonProcessingException e) {
      long line = org.strata.common.YamlLines.lineOf(file, e);
      throw new BadInputException(SourcePosition.of(file, line),
          "expected a mapping with columns:, flags:, date_format:, true_values:, found "
              + e.getOriginalMessage().lines().findFirst().orElse("invalid YAML"), e);
    }
    if (y == null || y.columns() == null) {
      throw new BadInputException(SourcePosition.of(file, 1), "expected a \"columns:\" map, found none");
    }
    for (String k : y.columns().keySet()) {
      if (!FIELDS.contains(k)) {
        throw new BadInputException(SourcePosition.of(file, 1),
            "columns: expected fields " + FIELDS + ", found \"" + k + "\"");
      }
    }
    requireValues(file, "columns", y.columns());
    requireValues(file, "flags", y.flags());
    if (y.trueValues() != null && y.trueValues().contains(null)) {
      throw new BadInputException(SourcePosition.of(file, keyLine(file, "true_values")),
          "true_values: expected a list of words, found an empty item");
    }
    Map<String, String> c = y.columns();
    if (!c.containsKey("date") && !c.containsKey("month")) {
      throw new BadInputException(SourcePosition.of(file, 1), "columns: expected date or month, found neither");
    }
    if (!c.containsKey("area") && !c.containsKey("lsoa")) {
      throw new BadInputException(SourcePosition.of(file, 1), "columns: expected area or lsoa, found neither");
    }
    if (y.dateFormat() != null) {
      try {
        formatter(y.dateFormat());
      } catch (IllegalArgumentException e) {
        long line = Math.max(1, org.strata.common.YamlLines.lineOfKey(file, "date_format"));
        throw new BadInputException(SourcePosition.of(file, line),
            "date_format: expected a date pattern such as dd/MM/yyyy, found \"" + y.dateFormat()
                + "\"");
      }
    }
    return new LocalMapping(
        c,
        y.dateFormat() == null ? "yyyy-MM-dd" : y.dateFormat(),
        y.flags() == null ? Map.of() : y.flags(),
        y.trueValues() == null ? List.of("y", "yes", "true", "1") : y.trueValues());
  }

  /** Each key of the map must name a column: {@code date:} with nothing after it is refused. */
  private static void requireValues(Path file, String map, @Nullable Map<String, String> m) {
    if (m == null) {
      return;
    }
    for (Map.Entry<String, String> e : m.entrySet()) {
      if (e.getValue() == null) {
        throw new BadInputException(SourcePosition.of(file, keyLine(file, e.getKey())),
            map + ": expected a column name for \"" + e.getKey() + "\", found nothing");
      }
    }
  }

  private static long keyLine(Path file, String key) {
    return Math.max(1, org.strata.common.YamlLines.lineOfKey(file, key));
  }

  /**
   * The strict formatter for a date pattern: 31/02 is refused, not moved to 28/02.
   *
   * @throws IllegalArgumentException if the pattern is not a date pattern.
   */
  static java.time.format.DateTimeFormatter formatter(String pattern) {
    return java.time.format.DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), java.util.Locale.UK)
        .withResolverStyle(java.time.format.ResolverStyle.STRICT);
  }
}
