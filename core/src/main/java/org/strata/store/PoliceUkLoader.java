package org.strata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.policeuk.PoliceUkChecking;
import org.strata.ingest.policeuk.PoliceUkFile;

/**
 * Loads checked police.uk street-level CSVs with DuckDB's own CSV reader, many files per scan. Rows
 * DuckDB cannot read (bad month, bad coordinate, wrong field count) go to {@code rejected_row} with
 * file, line and reason. Each batch is one transaction; if a batch fails, its files are retried
 * one by one so that one broken file cannot take others with it. Each row is placed in its
 * district from the LSOA code lookup when one is loaded, else from the LSOA name's prefix.
 */
public final class PoliceUkLoader {
  /** The ingest log's kind for police.uk files. */
  private static final String KIND = "police-uk";

  /** Bytes per DuckDB scan: one scan keeps every core busy; the bound keeps a failed batch cheap. */
  private static final long BATCH_BYTES = 256L << 20;

  /** Files per DuckDB scan, at most. */
  private static final int BATCH_FILES = 4096;


  private final DuckDbStore store;
  private final List<BadInputException> refused = new ArrayList<>();
  private final boolean alwaysReadAhead;
  private final int batchFiles;
  private final List<Boolean> readAheadsKept = new ArrayList<>();

  /** Creates a loader writing into the store. */
  public PoliceUkLoader(DuckDbStore store) {
    this(store, false, BATCH_FILES);
  }

  /**
   * Creates a loader for tests of the read-ahead with small files: with {@code alwaysReadAhead}
   * every batch of a load being checked is read ahead, even when its checks are done; a batch
   * holds at most {@code batchFiles} files.
   */
  PoliceUkLoader(DuckDbStore store, boolean alwaysReadAhead, int batchFiles) {
    this.store = store;
    this.alwaysReadAhead = alwaysReadAhead;
    this.batchFiles = batchFiles;
  }

  /** For each batch read ahead of its checks, whether its rows were kept. */
  List<Boolean> readAheadsKept() {
    return List.copyOf(readAheadsKept);
  }

  /**
   * Loads the files, skipping any whose content is already in the store.
   *
   * @return one outcome per file, in the order given
   */
  public List<LoadOutcome> load(List<PoliceUkFile> files) {
    return load(PoliceUkChecking.of(files));
  }

  /**
   * Loads files as their checks finish, in batches of nearly equal bytes planned from the files'
   * sizes: DuckDB loads one batch while the next is being checked.
   *
   * @return one outcome per file handed out, in order
   */
  public List<LoadOutcome> load(PoliceUkChecking checking) {
    Connection c = store.connection();
    unordered(c, true);
    try {
      return loadAll(c, checking);
    } finally {
      unordered(c, false);
    }
  }

  /**
   * Lets DuckDB insert rows in any order (a sixth less CPU on a large load): no query reads
   * {@code incident_row} in insertion order; each that needs an order says which.
   */
  private static void unordered(Connection c, boolean on) {
    try (Statement s = c.createStatement()) {
      s.execute("SET preserve_insertion_order = " + !on);
    } catch (SQLException e) {
      throw new AppException("cannot set the insertion order of the store: " + e.getMessage(), e);
    }
  }

  private List<LoadOutcome> loadAll(Connection c, PoliceUkChecking checking) {
    List<LoadOutcome> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>(IngestLog.liveByHash(c, KIND));
    // Read ahead only while checks lag behind the load, and never again once a batch had to be
    // rolled back: a load of files that need their checks wastes at most one insert.
    boolean readAhead = true;
    for (int count : checking.plan(BATCH_BYTES, batchFiles)) {
      List<PoliceUkFile> files;
      if (readAhead && (alwaysReadAhead || !checking.checked(count))) {
        ReadAhead ahead = new ReadAhead(checking.pending(count), this::forceOf,
            store.areas()::findForce);
        files = ahead.load(c, () -> checking.take(count), seen, this::finish);
        readAheadsKept.add(ahead.outcomes() != null);
        if (ahead.outcomes() != null) {
          out.addAll(ahead.outcomes());
          continue;
        }
        readAhead = false;
      } else {
        files = checking.take(count);
      }
      List<PoliceUkFile> fresh = fresh(files, seen, out);
      if (!fresh.isEmpty()) {
        loadOrSplit(c, fresh, out);
      }
    }
    return out;
  }

  /** The files whose content is neither in the store nor earlier in this load; others are outcomes. */
  private static List<PoliceUkFile> fresh(
      List<PoliceUkFile> files, Map<String, String> seen, List<LoadOutcome> out) {
    List<PoliceUkFile> fresh = new ArrayList<>();
    for (PoliceUkFile f : files) {
      String dup = seen.get(f.sha256());
      if (dup != null) {
        out.add(LoadOutcome.alreadyLoaded(f.source(), dup));
      } else {
        seen.put(f.sha256(), f.source());
        fresh.add(f);
      }
    }
    return fresh;
  }

  /** Loads a batch in one transaction; if it fails, its files one by one. */
  private void loadOrSplit(Connection c, List<PoliceUkFile> batch, List<LoadOutcome> out) {
    try {
      out.addAll(loadBatch(c, batch));
    } catch (SQLException | BadInputException e) {
      if (batch.size() > 1) {
        for (PoliceUkFile f : batch) {
          loadOrSplit(c, List.of(f), out);
        }
      } else {
        refused.add(refusal(batch.get(0), e));
      }
    }
  }

  /** Files refused whole while loading (none of their rows is in the store), in load order. */
  public List<BadInputException> refused() {
    return List.copyOf(refused);
  }

  /**
   * A file DuckDB could not read or whose counts do not reconcile is refused with one line; a
   * failure of the store itself stays an error.
   */
  private static BadInputException refusal(PoliceUkFile f, Exception e) {
    if (e instanceof BadInputException b) {
      return b;
    }
    String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    if (!first.contains("Invalid Input Error") && !first.contains("Conversion Error")) {
      throw new AppException(f.source() + ": load failed, store unchanged: " + first, e);
    }
    return new BadInputException(
        SourcePosition.of(Path.of(f.source()), 1),
        "expected a police.uk CSV DuckDB's reader accepts, found: " + first, e);
  }

  private List<LoadOutcome> loadBatch(Connection c, List<PoliceUkFile> batch) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      List<Integer> ids = ReadAhead.begin(s, batch.size());
      s.execute(StreetInsert.sql(
          batch.stream().map(f -> f.csv().toAbsolutePath().toString()).toList(), ids,
          batch.stream().map(this::forceOf).toList()));
      return finish(c, s, batch, ids);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /**
   * Completes a batch whose rows are inserted under {@code ids}: registers the files, counts,
   * reconciles, places LSOAs, claims force-months and commits.
   */
  private List<LoadOutcome> finish(Connection c, Statement s, List<PoliceUkFile> batch, List<Integer> fileIds)
      throws SQLException {
    long t0 = System.nanoTime();
    Map<String, Integer> ids = register(c, s, batch, fileIds);
    int first = fileIds.stream().min(Integer::compare).orElse(0);
    int last = fileIds.stream().max(Integer::compare).orElse(0);
    ForceMonths.group(s, first, last);
    Map<Integer, long[]> stats = BatchStats.count(s, rejectsExist(s));
    LsoaPlaces.add(c, first, last);
    Map<Integer, String> notes = ForceMonths.claim(s);
    reconcile(batch, ids, stats);
    BatchStats.record(c, stats, notes);
    long t1 = System.nanoTime();
    c.commit();
    if (System.getenv("STRATA_TIMING") != null) {
      System.err.printf("batch %d files: bookkeeping %.2fs, commit %.2fs%n",
          batch.size(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }
    List<LoadOutcome> out = new ArrayList<>();
    for (PoliceUkFile f : batch) {
      int id = ids.get(f.csv().toAbsolutePath().toString());
      long[] lr = stats.getOrDefault(id, new long[2]);
      out.add(new LoadOutcome(f.source(), lr[0] + lr[1], lr[0], lr[1], false, notes.getOrDefault(id, "")));
    }
    return out;
  }

  /**
   * Holds DuckDB's counts to the lines the checks counted: rows read = loaded + rejected = the
   * file's data lines, or the file is refused.
   */
  private static void reconcile(
      List<PoliceUkFile> batch, Map<String, Integer> ids, Map<Integer, long[]> stats) {
    for (PoliceUkFile f : batch) {
      long[] lr = stats.getOrDefault(ids.get(f.csv().toAbsolutePath().toString()), new long[2]);
      if (f.records() >= 0 && lr[0] + lr[1] != f.records()) {
        throw new BadInputException(
            SourcePosition.of(Path.of(f.source()), 1),
            String.format(Locale.ROOT,
                "expected DuckDB to read the file's %,d data lines, found %,d (loaded %,d +"
                    + " rejected %,d): file refused so that no row is lost",
                f.records(), lr[0] + lr[1], lr[0], lr[1]));
      }
    }
  }

  /** Registers the batch's files, under the IDs their rows carry, in the ingest log and a temporary table. */
  private Map<String, Integer> register(
      Connection c, Statement s, List<PoliceUkFile> batch, List<Integer> fileIds) throws SQLException {
    s.execute(
        "CREATE OR REPLACE TEMP TABLE load_file(path VARCHAR, file_id INTEGER, pfa_code VARCHAR,"
            + " source VARCHAR, name VARCHAR, sha256 VARCHAR, bytes BIGINT)");
    Map<String, Integer> ids = new LinkedHashMap<>();
    List<List<?>> rows = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      PoliceUkFile f = batch.get(i);
      String path = f.csv().toAbsolutePath().toString();
      ids.put(path, fileIds.get(i));
      rows.add(java.util.Arrays.asList(path, fileIds.get(i), forceOf(f), f.source(),
          IngestLog.displayName(f.source()), f.sha256(), f.bytes()));
    }
    s.execute("INSERT INTO load_file VALUES " + SqlValues.of(rows.stream()));
    LineRejects.stage(c, s, batch, ids);
    s.execute(
        "INSERT INTO source_file SELECT file_id, '" + KIND + "', source, name, sha256, bytes, 0, 0, 0,"
            + " NULL, NULL, now(), NULL FROM load_file");
    return ids;
  }

  /**
   * The force a file belongs to, from its first row's "Falls within": police.uk publishes one
   * file per force and month. Null when the name is no known force (rows still load).
   */
  private @Nullable String forceOf(PoliceUkFile f) {
    return f.fallsWithin() == null
        ? null
        : store.areas().findForce(f.fallsWithin()).map(p -> p.code()).orElse(null);
  }

  private static boolean rejectsExist(Statement s) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'reject_errors_pu'")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }
}
