package org.strata.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.strata.cli.config.AssessmentConfig;
import org.strata.cli.config.AssessmentConfigReader;
import org.strata.cli.config.ConfigFile;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.common.UsageException;
import org.strata.reference.Area;
import org.strata.reference.AreaRegistry;
import org.strata.report.ReportOptions;

/**
 * The assessment configs of a batch: none; one file, whose top-level keys apply to every area and
 * whose {@code areas:} sections override them for the areas they name; or a folder holding {@code
 * <area-code>.yaml} per area (areas without one use {@code default.yaml} when present, else the
 * defaults). Each file is read once; a config's own {@code area:} and {@code period:} are ignored,
 * the batch names both.
 */
final class BatchConfigs {
  /** The settings and document options one area uses. */
  record ForArea(AssessmentConfig config, ReportOptions options) {}

  private static final int NAMES_LISTED = 10;

  private final @Nullable Path path;
  private final Map<Path, ForArea> read = new ConcurrentHashMap<>();
  private final Map<String, ForArea> sections = new LinkedHashMap<>();
  private final ForArea none = new ForArea(AssessmentConfig.empty(), ReportOptions.defaults());
  private @Nullable ForArea shared;

  /**
   * The configs at a path for the areas of a batch, checked now: a file and its sections are read
   * at once, so a bad one stops the batch before any work.
   *
   * @throws UsageException if the path does not exist, or a logo a file names is not an image.
   * @throws BadInputException if the file is refused, or a section names an area outside the batch.
   */
  BatchConfigs(@Nullable Path path, AreaRegistry areas, List<BatchSelection.Unit> units) {
    this.path = path;
    if (path != null && !Files.exists(path)) {
      throw new UsageException("--config " + path + ": expected an assessment.yaml or a folder of"
          + " <area-code>.yaml files, found nothing");
    }
    if (path != null && Files.isRegularFile(path)) {
      ConfigFile file = AssessmentConfigReader.readFile(path);
      shared = forConfig(file.shared(), path);
      Set<String> codes = units.stream().map(BatchSelection.Unit::code).collect(Collectors.toSet());
      file.byArea(key -> unitOf(areas, codes, key), selection(units))
          .forEach((code, c) -> sections.put(code, forConfig(c, path)));
    }
  }

  /** The config of one area. */
  ForArea forArea(String code) {
    if (path == null) {
      return none;
    }
    if (shared != null) {
      return sections.getOrDefault(code, shared);
    }
    for (String name : List.of(code + ".yaml", code + ".yml", "default.yaml", "default.yml")) {
      Path p = path.resolve(name);
      if (Files.isRegularFile(p)) {
        return read.computeIfAbsent(p, BatchConfigs::load);
      }
    }
    return none;
  }

  private static ForArea load(Path file) {
    ConfigFile f = AssessmentConfigReader.readFile(file);
    if (!f.sections().isEmpty()) {
      throw new BadInputException(SourcePosition.of(file, f.sections().get(0).line()),
          "areas: expected the settings of " + file.getFileName() + "'s own area, found sections for areas"
              + " (per-area sections belong in one --config file; in a folder, each area has its file)");
    }
    return forConfig(f.shared(), file);
  }

  private static ForArea forConfig(AssessmentConfig c, Path file) {
    return new ForArea(c, AssessmentRequest.options(c, file, List.of()));
  }

  /** The unit code of the area a section names, when it is in the batch. */
  private static Optional<String> unitOf(AreaRegistry areas, Set<String> codes, String key) {
    return areas.findArea(key.strip()).map(Area::code).filter(codes::contains);
  }

  /** What a section may name, for the message: the batch's areas by name, or how many there are. */
  private static String selection(List<BatchSelection.Unit> units) {
    if (units.size() > NAMES_LISTED) {
      return "an area in the selection (one of its " + units.size() + " CSPs, by name or GSS code)";
    }
    List<String> names = units.stream().map(BatchSelection.Unit::name).toList();
    String list = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    return "an area in the selection (" + list + ", by name or GSS code)";
  }
}
