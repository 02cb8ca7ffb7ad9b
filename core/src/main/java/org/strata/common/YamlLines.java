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
      long line = lineOfKey(file, u.getPropertyName());
      if (line > 0) {
        return line;
      }
    }
    return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
  }

  /** The first line where {@code key:} starts (after indentation), or 0 when there is none. */
  public static long lineOfKey(Path file, String key) {
    return lineOfKey(file, key, 1);
  }

  /** The first line at or after {@code from} where {@code key:} starts, or 0 when there is none. */
  public static long lineOfKey(Path file, String key, long from) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = (int) Math.max(0, from - 1); i < lines.size(); i++) {
        if (lines.get(i).strip().startsWith(key + ":")) {
          return i + 1;
        }
      }
    } catch (IOException ignored) {
      // No line to name: the caller falls back.
    }
    return 0;
  }
}
