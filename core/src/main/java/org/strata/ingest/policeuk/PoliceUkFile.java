package org.strata.ingest.policeuk;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.strata.ingest.RejectedRow;

/**
 * A police.uk street-level CSV that passed the structural checks and is ready to load.
 *
 * @param csv where the CSV can be read now (a temporary copy for archive entries)
 * @param source the name to show and record: the file's path, or {@code archive.zip!/entry}
 * @param sha256 the content hash, hex
 * @param fallsWithin the force named in the first data row's "Falls within" (null if no rows)
 * @param month the file's month: in its name, else its first good row's (null if no rows)
 * @param records the data lines the file holds (rows read), or -1 when not counted
 * @param rejects the lines the checks refused, with their reasons (rejected rows)
 */
public record PoliceUkFile(
    Path csv,
    String source,
    String sha256,
    long bytes,
    @Nullable String fallsWithin,
    @Nullable YearMonth month,
    long records,
    List<RejectedRow> rejects) {
  /** Validates the file. */
  public PoliceUkFile {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    rejects = List.copyOf(rejects);
  }

  /** A file whose lines were not counted: DuckDB's own counts stand. */
  public PoliceUkFile(
      Path csv,
      String source,
      String sha256,
      long bytes,
      @Nullable String fallsWithin,
      @Nullable YearMonth month) {
    this(csv, source, sha256, bytes, fallsWithin, month, -1, List.of());
  }

  /** The same file under another name. */
  public PoliceUkFile named(String newSource) {
    return new PoliceUkFile(csv, newSource, sha256, bytes, fallsWithin, month, records, rejects);
  }
}
