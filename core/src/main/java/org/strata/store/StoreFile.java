package org.strata.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.strata.common.AppException;
import org.strata.common.UsageException;

/**
 * Checks the path given as a store before DuckDB sees it: DuckDB would open some other files (a
 * CSV, say) as an empty in-memory database and lose everything written to it.
 */
final class StoreFile {
  /** DuckDB writes its magic bytes after an 8-byte checksum at the start of every database file. */
  private static final byte[] MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);

  private static final int MAGIC_OFFSET = 8;

  private StoreFile() {}

  /**
   * Accepts a path that does not exist yet or holds a DuckDB database.
   *
   * @throws UsageException if the path is a folder or a file of another kind.
   */
  static void requireDuckDbOrAbsent(Path file) {
    if (Files.isDirectory(file)) {
      throw new UsageException("store " + file + ": expected a DuckDB file, found a folder");
    }
    if (Files.exists(file) && !isDuckDb(file)) {
      throw new UsageException(
          "store "
              + file
              + ": expected a DuckDB database made by strata, found a file of another kind"
              + " (give --db a new or existing .duckdb file)");
    }
  }

  private static boolean isDuckDb(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(MAGIC_OFFSET + MAGIC.length);
      return head.length == MAGIC_OFFSET + MAGIC.length
          && Arrays.equals(head, MAGIC_OFFSET, head.length, MAGIC, 0, MAGIC.length);
    } catch (IOException e) {
      throw new AppException("cannot read store " + file + ": " + e.getMessage(), e);
    }
  }
}
