package org.strata.analysis.input;

/** One loaded file as the ingest log records it, for the provenance appendix. */
public record SourceFileInfo(
    int fileId,
    String kind,
    String path,
    String sha256,
    long rowsRead,
    long rowsLoaded,
    long rowsRejected,
    String period,
    String loadedAt,
    String note) {
  /** A file with no note. */
  public SourceFileInfo(int fileId, String kind, String path, String sha256, long rowsRead, long rowsLoaded,
      long rowsRejected, String period, String loadedAt) {
    this(fileId, kind, path, sha256, rowsRead, rowsLoaded, rowsRejected, period, loadedAt, "");
  }
}
