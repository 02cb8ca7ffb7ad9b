package org.strata.ingest.policeuk;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A police.uk street-level CSV that passed the structural checks and is ready to load.
 *
 * @param csv where the CSV can be read now (a temporary copy for archive entries)
 * @param source the name to show and record: the file's path, or {@code archive.zip!/entry}
 * @param sha256 the content hash, hex
 * @param fallsWithin the force named in the first data row's "Falls within" (null if no rows)
 * @param month the first data row's month (null if no rows)
 */
public record PoliceUkFile(
    Path csv,
    String source,
    String sha256,
    long bytes,
    @Nullable String fallsWithin,
    @Nullable YearMonth month) {
  /** Validates the file. */
  public PoliceUkFile {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
  }
}
