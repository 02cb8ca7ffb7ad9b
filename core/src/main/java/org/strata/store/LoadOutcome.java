package org.strata.store;

import java.util.Objects;

/**
 * What loading one file did: rows read, loaded and rejected (read = loaded + rejected), whether
 * the file was skipped as already loaded, and any note (e.g. which earlier file it replaced).
 */
public record LoadOutcome(
    String source, long rowsRead, long rowsLoaded, long rowsRejected, boolean skipped, String note) {
  /**
   * Validates the reconciliation.
   *
   * @throws IllegalStateException if rows read differ from loaded plus rejected.
   */
  public LoadOutcome {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    if (rowsRead != rowsLoaded + rowsRejected) {
      throw new IllegalStateException(
          source + ": rows read " + rowsRead + " != loaded " + rowsLoaded + " + rejected "
              + rowsRejected);
    }
  }

  /** The outcome for a file whose content is already in the store. */
  static LoadOutcome alreadyLoaded(String source, String earlier) {
    return new LoadOutcome(source, 0, 0, 0, true, "already loaded (same content as " + earlier + ")");
  }
}
