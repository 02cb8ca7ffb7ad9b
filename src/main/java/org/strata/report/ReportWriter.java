package org.strata.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strata.analysis.Assessment;
import org.strata.common.AppException;

/** Writes an assessment's files into a report folder, in the formats asked for. */
public final class ReportWriter {
  /** The output formats; {@code --format} takes their lower-case names. */
  public enum Format {
    CSV,
    JSON,
    HTML
  }

  private ReportWriter() {}

  /**
   * Writes the files and returns their paths.
   *
   * @throws AppException if the folder cannot be written.
   */
  public static List<Path> write(Assessment a, Path dir, Set<Format> formats) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      if (formats.contains(Format.CSV)) {
        Path p = dir.resolve("metrics.csv");
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
          MetricsCsvRenderer.write(a, w);
        }
        out.add(p);
      }
      if (formats.contains(Format.JSON)) {
        Path p = dir.resolve("assessment.json");
        try (OutputStream o = Files.newOutputStream(p)) {
          JsonRenderer.write(a, o);
        }
        out.add(p);
      }
      if (formats.contains(Format.HTML)) {
        Path p = dir.resolve("assessment.html");
        Files.writeString(p, HtmlRenderer.render(a), StandardCharsets.UTF_8);
        out.add(p);
      }
    } catch (IOException e) {
      throw new AppException("cannot write report to " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Every format. */
  public static Set<Format> all() {
    return EnumSet.allOf(Format.class);
  }
}
