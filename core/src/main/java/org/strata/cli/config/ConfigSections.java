package org.strata.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.common.YamlLines;

/**
 * The {@code areas:} sections of a config file. An area's settings are the file's top-level keys
 * with its section laid over them: a key the section gives replaces the shared value, except that
 * a mapping of separate settings ({@code thresholds}, {@code weights}, {@code sections}, {@code
 * why}, {@code survey}, {@code strategic_context}, {@code disclosure}) merges key by key, so a
 * section can change one threshold and keep the rest. Lists, and {@code peers} (one choice: the
 * areas named or a count), are replaced whole; {@code key: null} goes back to the default.
 */
final class ConfigSections {
  private static final List<String> NOT_IN_A_SECTION = List.of("area", "period", "areas");

  private ConfigSections() {}

  /**
   * Checks that {@code areas:}, when present, maps keys to mappings of settings.
   *
   * @throws BadInputException at the line of {@code areas:} or of the key whose value is not a mapping.
   */
  static void checkShape(ObjectMapper yaml, Path file, String text, JsonNode tree) {
    JsonNode areas = tree.isObject() ? tree.get("areas") : null;
    if (areas == null || areas.isNull()) {
      return;
    }
    KeyLines lines = keyLines(yaml, text);
    if (!areas.isObject()) {
      throw new BadInputException(SourcePosition.of(file, lines.areas()),
          "areas: expected a map of area (code or name) to its settings, found " + kind(areas));
    }
    for (Map.Entry<String, JsonNode> e : areas.properties()) {
      if (!e.getValue().isObject() && !e.getValue().isNull()) {
        throw new BadInputException(SourcePosition.of(file, lines.of(e.getKey())),
            "areas: " + e.getKey() + ": expected a map of settings (the keys of the config), found " + kind(e.getValue()));
      }
    }
  }

  /**
   * Each section of a file already bound and checked, in the file's order.
   *
   * @param convert makes a config from a bound section, naming a refused value at or after the line given
   * @throws BadInputException if a section sets {@code area}, {@code period} or {@code areas}, or a
   *     value is refused, at its line.
   */
  static List<ConfigFile.Section> read(ObjectMapper yaml, Path file, String text, JsonNode tree, ConfigYaml y,
      BiFunction<ConfigYaml, Long, AssessmentConfig> convert) {
    KeyLines lines = keyLines(yaml, text);
    ObjectNode shared = ((ObjectNode) tree).deepCopy();
    shared.remove("areas");
    List<ConfigFile.Section> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : tree.get("areas").properties()) {
      long line = lines.of(e.getKey());
      ConfigYaml bound = y.areas() == null ? null : y.areas().get(e.getKey());
      if (bound != null) {
        refuseWholeFileKeys(file, e.getKey(), line, bound);
      }
      ObjectNode merged = shared.deepCopy();
      if (e.getValue() instanceof ObjectNode section) {
        merge(merged, section, true);
      }
      out.add(new ConfigFile.Section(e.getKey(), line, convert.apply(bind(yaml, merged), line)));
    }
    return out;
  }

  private static void refuseWholeFileKeys(Path file, String area, long line, ConfigYaml s) {
    List<Object> given = java.util.Arrays.asList(s.area(), s.period(), s.areas());
    for (int i = 0; i < NOT_IN_A_SECTION.size(); i++) {
      if (given.get(i) != null) {
        String key = NOT_IN_A_SECTION.get(i);
        throw new BadInputException(SourcePosition.of(file, Math.max(line, YamlLines.lineOfKey(file, key, line))),
            "areas: " + area + ": expected the settings of one area, found \"" + key
                + "\" (a section cannot set area, period or areas: the command names them)");
      }
    }
  }

  /** Lays {@code over} onto {@code into}: mappings merge key by key, anything else replaces. */
  private static void merge(ObjectNode into, ObjectNode over, boolean top) {
    for (Map.Entry<String, JsonNode> e : over.properties()) {
      boolean wholeChoice = top && e.getKey().equals("peers");
      if (!wholeChoice && into.get(e.getKey()) instanceof ObjectNode old && e.getValue() instanceof ObjectNode now) {
        merge(old, now, false);
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  private static ConfigYaml bind(ObjectMapper yaml, ObjectNode merged) {
    try {
      return yaml.treeToValue(merged, ConfigYaml.class);
    } catch (JsonProcessingException e) {
      // Each part bound alone already, and a merge keeps every key's kind: this cannot happen.
      throw new IllegalStateException("a config section that binds alone did not bind merged: " + e.getMessage(), e);
    }
  }

  private static String kind(JsonNode n) {
    return n.isArray() ? "a list" : n.isTextual() ? "\"" + n.asText() + "\"" : n.toString();
  }

  /** The lines of the top-level {@code areas:} key and of each of its keys. */
  private record KeyLines(long areas, Map<String, Long> sections) {
    long of(String key) {
      return sections.getOrDefault(key, areas);
    }
  }

  private static KeyLines keyLines(ObjectMapper yaml, String text) {
    long areasLine = 1;
    Map<String, Long> sections = new HashMap<>();
    try (JsonParser p = yaml.getFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new KeyLines(areasLine, sections);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        long line = p.currentTokenLocation().getLineNr();
        boolean mapping = p.nextToken() == JsonToken.START_OBJECT;
        if (name.equals("areas")) {
          areasLine = line;
        }
        if (mapping && name.equals("areas")) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            sections.putIfAbsent(p.currentName(), (long) p.currentTokenLocation().getLineNr());
            p.nextToken();
            p.skipChildren();
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KeyLines(areasLine, sections);
  }
}
