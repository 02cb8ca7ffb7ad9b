package org.strata.cli.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;

/**
 * One config file as read: the settings it gives every area ({@code shared}) and, for each entry of
 * its {@code areas:} map, the settings of that area (the shared ones with the section's keys laid
 * over them). Which area a section's key names is for the caller to decide ({@link #byArea}): the
 * reader knows no store.
 *
 * @param file the file read
 * @param shared the settings of an area without a section
 * @param sections the {@code areas:} entries in the file's order; empty when it has none
 */
public record ConfigFile(Path file, AssessmentConfig shared, List<Section> sections) {
  public ConfigFile {
    sections = List.copyOf(sections);
  }

  /**
   * One {@code areas:} entry.
   *
   * @param key the area as the file names it (a code or a name)
   * @param line the 1-based line of the key
   * @param config the shared settings overridden by the section's
   */
  public record Section(String key, long line, AssessmentConfig config) {}

  /** A file with no sections: these settings for every area. */
  public static ConfigFile of(Path file, AssessmentConfig shared) {
    return new ConfigFile(file, shared, List.of());
  }

  /**
   * The sections by the code of the area each names.
   *
   * @param codeOf the code of the area a key names, or empty when the key names no area the
   *     caller accepts
   * @param expected what the caller accepts, for the message ("an area in the selection (…)")
   * @throws BadInputException at the key's line if a key names no area the caller accepts, or a
   *     second section names an area an earlier one named.
   */
  public Map<String, AssessmentConfig> byArea(Function<String, Optional<String>> codeOf, String expected) {
    Map<String, AssessmentConfig> out = new LinkedHashMap<>();
    Map<String, Section> first = new LinkedHashMap<>();
    for (Section s : sections) {
      String code = codeOf.apply(s.key()).orElseThrow(() -> new BadInputException(
          SourcePosition.of(file, s.line()), "areas: expected " + expected + ", found \"" + s.key() + "\""));
      Section earlier = first.putIfAbsent(code, s);
      if (earlier != null) {
        throw new BadInputException(SourcePosition.of(file, s.line()), "areas: expected one section per area, found \""
            + s.key() + "\" naming " + code + " again (first as \"" + earlier.key() + "\" at line " + earlier.line()
            + ")");
      }
      out.put(code, s.config());
    }
    return out;
  }

  /** The settings of one area: its section when {@code sections} has one, else the shared ones. */
  public AssessmentConfig forArea(Map<String, AssessmentConfig> sections, String code) {
    return sections.getOrDefault(code, shared);
  }
}
