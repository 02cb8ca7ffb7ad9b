package org.strata.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.strata.cli.config.AssessmentConfig;
import org.strata.cli.config.AssessmentConfigReader;
import org.strata.common.UsageException;
import org.strata.report.ReportOptions;

/**
 * The assessment configs of a batch: none, one file for every area, or a folder holding
 * {@code <area-code>.yaml} per area (areas without one use {@code default.yaml} when present, else
 * the defaults). Each file is read once; a config's own {@code area:} and {@code period:} are
 * ignored, the batch names both.
 */
final class BatchConfigs {
  /** The settings and document options one area uses. */
  record ForArea(AssessmentConfig config, ReportOptions options) {}

  private final @Nullable Path path;
  private final Map<Path, ForArea> read = new ConcurrentHashMap<>();
  private final ForArea none = new ForArea(AssessmentConfig.empty(), ReportOptions.defaults());

  /**
   * The configs at a path, checked now: a file is read at once, so a bad one stops the batch
   * before any work.
   *
   * @throws UsageException if the path does not exist.
   */
  BatchConfigs(@Nullable Path path) {
    this.path = path;
    if (path != null && !Files.exists(path)) {
      throw new UsageException("--config " + path + ": expected an assessment.yaml or a folder of"
          + " <area-code>.yaml files, found nothing");
    }
    if (path != null && Files.isRegularFile(path)) {
      load(path);
    }
  }

  /** The config of one area. */
  ForArea forArea(String code) {
    if (path == null) {
      return none;
    }
    if (Files.isRegularFile(path)) {
      return load(path);
    }
    for (String name : List.of(code + ".yaml", code + ".yml", "default.yaml", "default.yml")) {
      Path p = path.resolve(name);
      if (Files.isRegularFile(p)) {
        return load(p);
      }
    }
    return none;
  }

  private ForArea load(Path file) {
    return read.computeIfAbsent(file, f -> {
      AssessmentConfig c = AssessmentConfigReader.read(f);
      return new ForArea(c, AssessmentRequest.options(c, f, List.of()));
    });
  }
}
