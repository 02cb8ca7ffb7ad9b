package org.strata.common;

import java.nio.file.Path;
import java.util.Objects;

/** Where a value was read: file, 1-based line, 1-based column (0 if unknown). */
public record SourcePosition(Path file, long line, int column) {
  /**
   * Validates the position.
   *
   * @throws IllegalArgumentException if line is below 1 or column below 0.
   */
  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
    if (column < 0) {
      throw new IllegalArgumentException("column must be >= 0, was " + column);
    }
  }

  /** A position naming only a file and line. */
  public static SourcePosition of(Path file, long line) {
    return new SourcePosition(file, line, 0);
  }

  @Override
  public String toString() {
    Path name = file.getFileName();
    return (name == null ? file.toString() : name.toString()) + ":" + line;
  }
}
