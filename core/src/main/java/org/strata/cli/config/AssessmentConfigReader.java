package org.strata.cli.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.AnalysisSettingsBuilder;
import org.strata.analysis.LocalInputs;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.common.UsageException;
import org.strata.reference.Period;
import org.strata.reference.PopulationYear;

/** Reads {@code assessment.yaml} into an {@link AssessmentConfig}. */
public final class AssessmentConfigReader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // "key:" with nothing after it, or "-" alone, in a list or map: refused at its line, not
          // passed on as a null (which the fuzz run saw fail as a NullPointerException, exit 3)
          .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));

  /** Keys whose refusal message starts with the key, so the error names the key's line. */
  private static final java.util.Set<String> KEYED_ERRORS =
      java.util.Set.of("peers", "partnership_plan", "population_year", "baseline", "period");

  private AssessmentConfigReader() {}

  /**
   * Reads a config file's shared settings: the whole file when it has no {@code areas:} sections.
   *
   * @throws BadInputException if the YAML is malformed, has an unknown key, or a value is not of
   *     its kind (a period, a weight, a threshold), with the file and line.
   * @throws UsageException if there is no file at the path.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public static AssessmentConfig read(Path file) {
    return readFile(file).shared();
  }

  /**
   * Reads a config file with its per-area sections ({@code areas:}), each checked as the file is.
   *
   * @throws BadInputException if the YAML is malformed, has an unknown key, a value is not of its
   *     kind, or a section sets {@code area}, {@code period} or {@code areas}, with the file and line.
   * @throws UsageException if there is no file at the path.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public static ConfigFile readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "config " + file + ": expected a file, found " + (Files.exists(file) ? "a folder" : "nothing"));
    }
    String text = org.strata.common.TextFiles.readUtf8(file, "an assessment config (YAML)");
    if (text.isBlank()) {
      return ConfigFile.of(file, AssessmentConfig.empty());
    }
    ConfigYaml y;
    JsonNode tree;
    try {
      tree = YAML.readTree(text);
      ConfigSections.checkShape(YAML, file, text, tree);
      y = YAML.readValue(text, ConfigYaml.class);
    } catch (JsonProcessingException e) {
      long line = org.strata.common.YamlLines.lineOf(file, e);
      throw new BadInputException(SourcePosition.of(file, line), problem(e), e);
    }
    if (y == null) {
      return ConfigFile.of(file, AssessmentConfig.empty());
    }
    AssessmentConfig shared = convertAt(y, file, 1);
    if (y.areas() == null || y.areas().isEmpty()) {
      return ConfigFile.of(file, shared);
    }
    return new ConfigFile(file, shared, ConfigSections.read(YAML, file, text, tree, y, (c, from) -> convertAt(c, file, from)));
  }

  /** The config a bound file or section makes; a refused value is named at its key's line at or after {@code from}. */
  private static AssessmentConfig convertAt(ConfigYaml y, Path file, long from) {
    try {
      return convert(y, file);
    } catch (IllegalArgumentException e) {
      String prefix = e.getMessage().contains(":") ? e.getMessage().substring(0, e.getMessage().indexOf(':')) : "";
      String key = prefix.equals("disclosure") ? "min_count" : KEYED_ERRORS.contains(prefix) ? prefix : "";
      long line = key.isEmpty() ? from : Math.max(from, org.strata.common.YamlLines.lineOfKey(file, key, from));
      if (e.getMessage().startsWith("weight \"")) {
        line = Math.max(from, weightLine(file, e.getMessage().split("\"")[1], from));
      }
      if (e.getMessage().contains("expected a status")) {
        String found = e.getMessage().substring(e.getMessage().lastIndexOf("found \"") + 7).replaceAll("\"$", "");
        line = Math.max(line, statusLine(file, found));
      }
      throw new BadInputException(SourcePosition.of(file, line), e.getMessage(), e);
    }
  }

  /** The line of a weight's key under {@code weights:}, else of {@code weights:}, at or after {@code from}. */
  private static long weightLine(Path file, String name, long from) {
    long weights = org.strata.common.YamlLines.lineOfKey(file, "weights", from);
    long key = org.strata.common.YamlLines.lineOfKey(file, name, from);
    return Math.max(from, key > weights ? key : weights);
  }

  /** A period the config names, refused with its key when malformed. */
  private static Period period(String text, String key) {
    try {
      return Period.parse(text);
    } catch (UsageException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  /** Jackson's complaint in the words of the config: an unknown key names the keys allowed there. */
  private static String problem(JsonProcessingException e) {
    if (e instanceof InvalidNullException n) {
      String name = n.getPropertyName() == null ? "" : n.getPropertyName().getSimpleName();
      return "expected a value for \"" + name + "\", found an empty entry";
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "expected a config key ("
          + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
          + "), found \"" + u.getPropertyName() + "\" (see docs/assessment.example.yaml)";
    }
    return "expected an assessment config (see docs/assessment.example.yaml), found: "
        + e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
  }

  private static AssessmentConfig convert(ConfigYaml y, Path file) {
    Path folder = file.toAbsolutePath().getParent();
    AnalysisSettingsBuilder b = AnalysisSettings.builder();
    b.baseline(y.baseline() == null ? null : period(y.baseline(), "baseline"));
    if (y.populationYear() != null) {
      b.populationYear(PopulationYear.fromKey(y.populationYear()));
    }
    peers(b, y.peers());
    Map<String, List<String>> covers = new LinkedHashMap<>();
    List<String> pcc = new ArrayList<>(priorities(y.pccPriorities(), covers));
    List<String> police = new ArrayList<>(priorities(y.policePriorities(), covers));
    if (y.strategicContext() != null) {
      pcc.addAll(priorities(y.strategicContext().pccPriorities(), covers));
      police.addAll(priorities(y.strategicContext().policePriorities(), covers));
    }
    b.priorities(pcc, police).priorityCategories(covers);
    Map<String, List<String>> topics = new LinkedHashMap<>();
    topics(topics, y.surveyTopics());
    if (y.survey() != null) {
      topics(topics, y.survey().topics());
      b.surveyMeasures(y.survey().measures() == null ? Map.of() : y.survey().measures());
    }
    b.surveyTopics(topics);
    if (y.stakeholders() != null) {
      b.stakeholderTopics(y.stakeholders().stream()
          .map(s -> new AnalysisSettings.StakeholderNote(s.topic(), s.text() == null ? "" : s.text(),
              s.mentions() == null ? 1 : s.mentions(), s.category()))
          .toList());
    }
    if (y.weights() != null) {
      b.weights(y.weights());
    }
    thresholds(b, y.thresholds());
    if (y.disclosure() != null && y.disclosure().minCount() != null) {
      b.disclosureMinCount(y.disclosure().minCount());
    }
    String logo = y.logo() == null ? null : resolve(folder, y.logo()).toString();
    b.presentation(new AnalysisSettings.Presentation(y.organisation(), logo,
        y.sections() == null ? Map.of() : y.sections()));
    b.localInputs(localInputs(y));
    return new AssessmentConfig(
        y.area(), y.period() == null ? null : period(y.period(), "period"),
        y.harmWeights() == null ? null : resolve(folder, y.harmWeights()), b.build());
  }

  private static LocalInputs localInputs(ConfigYaml y) {
    List<LocalInputs.PlanAction> plan = new ArrayList<>();
    for (ConfigYaml.PlanAction p : y.partnershipPlan() == null ? List.<ConfigYaml.PlanAction>of() : y.partnershipPlan()) {
      if (p.action() == null || p.status() == null) {
        throw new IllegalArgumentException("partnership_plan: expected every action to have action: and status:, found "
            + (p.action() == null ? "an action without action:" : "\"" + p.action() + "\" without status:"));
      }
      plan.add(new LocalInputs.PlanAction(p.action(), or(p.owner(), ""), p.status(),
          LocalInputs.Rag.ofStatus(p.status()), or(p.evidence(), ""), or(p.priority(), "")));
    }
    return new LocalInputs(plan, y.why() == null ? Map.of() : y.why(), figures(y.substanceMisuse()),
        figures(y.reoffending()));
  }

  /** The line of the {@code status:} entry holding a value, or 0. */
  private static long statusLine(Path file, String value) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("status:") && lines.get(i).contains(value)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  private static List<LocalInputs.Figure> figures(@Nullable List<ConfigYaml.Figure> list) {
    List<LocalInputs.Figure> out = new ArrayList<>();
    for (ConfigYaml.Figure f : list == null ? List.<ConfigYaml.Figure>of() : list) {
      if (f.measure() == null || f.value() == null) {
        throw new IllegalArgumentException("substance_misuse and reoffending: expected every figure to have measure:"
            + " and value:, found " + (f.measure() == null ? "a figure without measure:" : "\"" + f.measure() + "\" without value:"));
      }
      out.add(new LocalInputs.Figure(f.measure(), f.value(), or(f.period(), ""), or(f.source(), "")));
    }
    return out;
  }

  /** A topic maps to one category or a list of them (an ONS and a police.uk one). */
  private static void topics(Map<String, List<String>> out, @Nullable Map<String, Object> topics) {
    if (topics == null) {
      return;
    }
    topics.forEach((topic, v) -> {
      if (v instanceof List<?> list) {
        out.put(topic, list.stream().map(String::valueOf).toList());
      } else if (v instanceof String s) {
        out.put(topic, List.of(s));
      } else {
        throw new IllegalArgumentException("survey: topics: expected " + topic
            + " to name a category or a list of categories, found " + v);
      }
    });
  }

  private static void peers(AnalysisSettingsBuilder b, @Nullable Object peers) {
    if (peers == null) {
      return;
    }
    if (peers instanceof List<?> list) {
      b.peers(list.stream().map(String::valueOf).toList(), 0);
    } else if (peers instanceof Map<?, ?> m) {
      for (Object key : m.keySet()) {
        if (!List.of("areas", "count").contains(String.valueOf(key))) {
          throw new IllegalArgumentException("peers: expected the keys areas and count, found \"" + key + "\"");
        }
      }
      if (m.get("count") != null && !(m.get("count") instanceof Integer)) {
        throw new IllegalArgumentException("peers: expected count to be a whole number, found " + m.get("count"));
      }
      List<String> areas = m.get("areas") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
      int count = m.get("count") instanceof Integer n ? n : 0;
      b.peers(areas, count);
    } else {
      throw new IllegalArgumentException("peers: expected a list of areas or {areas: [...], count: N}, found " + peers);
    }
  }

  private static Path resolve(@Nullable Path folder, String path) {
    Path p = Path.of(path);
    return p.isAbsolute() || folder == null ? p : folder.resolve(p).normalize();
  }

  private static void thresholds(AnalysisSettingsBuilder b, ConfigYaml.@Nullable Thresholds t) {
    if (t == null) {
      return;
    }
    AnalysisSettings d = AnalysisSettings.defaults();
    AnalysisSettings.Thresholds dt = d.thresholds();
    b.tests(or(t.similarBand(), d.similarBand()), or(t.smallCount(), d.smallCount()), or(t.alpha(), d.alpha()));
    b.thresholds(new AnalysisSettings.Thresholds(
        or(t.unusualMonthP(), dt.unusualMonthP()), or(t.controlMonths(), dt.controlMonths()),
        or(t.perceptionRankGap(), dt.perceptionRankGap()), or(t.emergingSmallCount(), dt.emergingSmallCount()),
        or(t.emergingP(), dt.emergingP()), or(t.stakeholderLittleData(), dt.stakeholderLittleData())));
  }

  private static <T> T or(@Nullable T value, T fallback) {
    return value == null ? fallback : value;
  }

  /** Texts of the priorities; a priority given as {text, categories} records what it covers. */
  private static List<String> priorities(@Nullable List<Object> list, Map<String, List<String>> covers) {
    List<String> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (Object o : list) {
      if (o instanceof String s) {
        out.add(s);
      } else if (o instanceof Map<?, ?> m && m.get("text") instanceof String text) {
        out.add(text);
        if (m.get("categories") instanceof List<?> cats) {
          covers.put(text, cats.stream().map(String::valueOf).toList());
        }
      } else {
        throw new IllegalArgumentException(
            "priorities: expected a text or {text:, categories: [...]}, found " + o);
      }
    }
    return out;
  }
}
