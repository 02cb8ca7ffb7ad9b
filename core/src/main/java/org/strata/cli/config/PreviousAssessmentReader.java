package org.strata.cli.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strata.analysis.PreviousAssessment;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.common.UsageException;

/**
 * Reads last year's {@code assessment.json} (or the report folder holding it), as {@code strata
 * report} wrote it, into a {@link PreviousAssessment}. Only the fields the comparison needs are
 * read, so assessments from earlier builds are accepted.
 */
public final class PreviousAssessmentReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PreviousAssessmentReader() {}

  /**
   * Reads a previous assessment.
   *
   * @throws UsageException if there is no assessment.json at the path or in the folder.
   * @throws BadInputException if the file is not JSON or lacks the area, period or priorities.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public static PreviousAssessment read(Path path) {
    Path file = Files.isDirectory(path) ? path.resolve("assessment.json") : path;
    if (!Files.isRegularFile(file)) {
      throw new UsageException("--previous " + path + ": expected last year's assessment.json or the report folder"
          + " holding it, found " + (Files.isDirectory(path) ? "a folder without assessment.json" : "nothing"));
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new BadInputException(SourcePosition.of(file, line),
          "expected an assessment.json written by strata report, found invalid JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    for (String key : List.of("areaCode", "period", "priorities")) {
      if (root == null || !root.has(key)) {
        throw new BadInputException(SourcePosition.of(file, 1),
            "expected an assessment.json written by strata report, found no \"" + key + "\"", null);
      }
    }
    return convert(root, file);
  }

  private static PreviousAssessment convert(JsonNode root, Path file) {
    List<PreviousAssessment.Priority> priorities = new ArrayList<>();
    for (JsonNode p : root.path("priorities")) {
      priorities.add(new PreviousAssessment.Priority(p.path("rank").asInt(), p.path("category").asText()));
    }
    List<PreviousAssessment.Category> categories = new ArrayList<>();
    for (JsonNode c : root.path("categories")) {
      JsonNode rate = c.path("ratePer1000");
      categories.add(new PreviousAssessment.Category(c.path("category").asText(), c.path("taxonomy").asText(),
          c.path("count").asLong(), rate.isNumber() ? rate.asDouble() : null));
    }
    List<String> messages = new ArrayList<>();
    root.path("keyMessages").forEach(m -> messages.add(m.asText()));
    JsonNode persons = root.path("population").path("persons");
    return new PreviousAssessment(file.toString(), root.path("areaCode").asText(), root.path("areaName").asText(),
        root.path("period").asText(), root.path("periodReadable").asText(root.path("period").asText()),
        persons.isNumber() ? persons.asLong() : null, priorities, categories, messages);
  }
}
