package org.strata.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.strata.common.UsageException;

/** Checks an {@code --out} folder before any work, so a bad one fails in a second, not a minute. */
final class OutFolder {
  private OutFolder() {}

  /**
   * Accepts a folder that exists and is writable, or one that can be created inside the nearest
   * existing folder above it.
   *
   * @throws UsageException if the path is a file, lies under a file, or lies in a read-only folder.
   */
  static void require(Path out) {
    Path existing = out.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      throw new UsageException("--out " + out + ": expected a folder, found a file (" + existing + ")");
    }
    if (!Files.isWritable(existing)) {
      throw new UsageException(
          "--out " + out + ": expected a folder strata can write in, found " + existing + " read-only");
    }
  }
}
