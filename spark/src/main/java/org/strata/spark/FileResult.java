package org.strata.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.strata.ingest.policeuk.AggregateManifest;

/**
 * What an executor made of one street-level CSV: its manifest entry, its counts (rows of {@link
 * Schemas#COUNTS}) and its rejected rows (rows of {@link Schemas#REJECTS}).
 */
record FileResult(
    String file, String sha256, long bytes, String force, long rowsLoaded, long rowsRejected,
    String refused, List<Row> counts, List<Row> rejects)
    implements Serializable {
  /** A file refused whole. */
  static FileResult refused(String file, String reason) {
    return new FileResult(file, "", 0, "", 0, 0, reason, List.of(), List.of());
  }

  /** The same without its counts: what goes back to the driver for the manifest and rejects. */
  FileResult withoutCounts() {
    return new FileResult(file, sha256, bytes, force, rowsLoaded, rowsRejected, refused, List.of(),
        rejects);
  }

  /** What identifies the result among retried tasks' duplicates. */
  String key() {
    return file + "\u0000" + refused;
  }

  /** The file's line in the manifest. */
  AggregateManifest.Entry entry() {
    return new AggregateManifest.Entry(
        file, sha256, bytes, force, rowsLoaded + rowsRejected, rowsLoaded, rowsRejected, refused);
  }
}
