package org.strata.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where in a YAML file a Jackson error belongs, for {@code FILE:LINE} messages. */
public final class YamlLines {
  private YamlLines() {}

  /** The line of an unknown key (Jackson reports where the parser stopped), else the error's. */
  public static long lineOf(Path file, JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      try {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).strip().startsWith(u.getPropertyName() + ":")) {
            return i + 1;
          }
        }
      } catch (IOException ignored) {
        // Fall back to the parser's location.
      }
    }
    return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
  }
}
