package org.strata.ingest;

import java.util.List;

/**
 * What a reader made of one file: the records to load, the rows it refused, and the reconciliation
 * {@code rowsRead = rowsLoaded + rejects.size()} counted in input rows (one input row may give
 * several records, e.g. one Table C2 row gives 23 counts).
 *
 * @param <T> the record type
 */
public record ReadResult<T>(long rowsRead, long rowsLoaded, List<T> records, List<RejectedRow> rejects) {
  /**
   * Validates the reconciliation.
   *
   * @throws IllegalStateException if rows read differ from rows loaded plus rows rejected.
   */
  public ReadResult {
    records = List.copyOf(records);
    rejects = List.copyOf(rejects);
    if (rowsRead != rowsLoaded + rejects.size()) {
      throw new IllegalStateException(
          "rows read " + rowsRead + " != loaded " + rowsLoaded + " + rejected " + rejects.size());
    }
  }
}
