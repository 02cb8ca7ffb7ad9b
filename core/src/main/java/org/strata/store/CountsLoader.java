package org.strata.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.policeuk.AggregateManifest;
import org.strata.ingest.policeuk.AggregateManifest.Entry;

/**
 * Loads the police.uk counts the Spark job wrote ({@code counts/} Parquet partitioned by force and
 * month, {@code rejects/} Parquet, {@code manifest.csv}) into {@code incident_count}, so that the
 * {@code incident} view and every query over it read them as they read rows loaded one by one.
 * Provenance comes from the manifest: one ingest-log entry per input file, under the same kind as
 * {@link PoliceUkLoader}'s, so a file loaded by either path is skipped by the other, and a newer
 * file for a force-month replaces the older one's incidents whichever path loaded it. All in one
 * transaction: counts that disagree with the manifest leave the store as it was.
 */
public final class CountsLoader {
  private static final String KIND = "police-uk";

  private final DuckDbStore store;

  /** Creates a loader writing into the store. */
  public CountsLoader(DuckDbStore store) {
    this.store = store;
  }

  /**
   * Loads the aggregation in the folder, skipping files whose content is already in the store.
   *
   * @return one outcome per file the manifest lists as read, in its order
   * @throws BadInputException if the manifest is missing or bad, or the counts disagree with it.
   */
  public List<LoadOutcome> load(Path dir, AggregateManifest manifest) {
    Connection c = store.connection();
    List<LoadOutcome> out = new ArrayList<>();
    List<Entry> fresh = new ArrayList<>();
    Map<String, String> seen = new HashMap<>(IngestLog.liveByHash(c, KIND));
    for (Entry e : manifest.entries()) {
      if (!e.refused().isEmpty()) {
        continue;
      }
      String dup = seen.putIfAbsent(e.sha256(), e.file());
      out.add(dup != null ? LoadOutcome.alreadyLoaded(e.file(), dup) : null);
      if (dup == null) {
        fresh.add(e);
      }
    }
    if (fresh.isEmpty()) {
      return out;
    }
    try {
      Map<String, String> notes = loadFresh(c, dir, fresh);
      for (int i = 0, f = 0; i < out.size(); i++) {
        if (out.get(i) == null) {
          Entry e = fresh.get(f++);
          out.set(i, new LoadOutcome(e.file(), e.rowsRead(), e.rowsLoaded(), e.rowsRejected(), false,
              notes.getOrDefault(e.file(), "")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new AppException(dir + ": load failed, store unchanged: " + e.getMessage(), e);
    }
  }

  private Map<String, String> loadFresh(Connection c, Path dir, List<Entry> fresh)
      throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      int[] ids = stage(c, s, fresh);
      String counts = parquet(dir, "counts");
      if (counts != null) {
        s.execute("INSERT INTO incident_count SELECT lf.file_id, strptime(p.month, '%Y-%m')::DATE,"
            + " p.falls_within, p.longitude, p.latitude, p.location, p.lsoa_code, p.lsoa_name,"
            + " p.crime_type, p.last_outcome, nullif(p.force, 'unknown'), p.incidents FROM "
            + counts + " p JOIN load_file lf ON lf.source = p.file");
        s.execute("INSERT INTO lsoa_district SELECT p.lsoa_code, any_value(p.lsoa_name),"
            + " any_value(p.district_code) FROM " + counts + " p JOIN load_file lf ON lf.source ="
            + " p.file WHERE p.lsoa_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM lsoa_district x"
            + " WHERE x.lsoa_code = p.lsoa_code) GROUP BY p.lsoa_code");
      }
      String rejects = parquet(dir, "rejects");
      if (rejects != null) {
        s.execute("INSERT INTO rejected_row SELECT lf.file_id, p.line, p.reason, p.raw FROM "
            + rejects + " p JOIN load_file lf ON lf.source = p.file");
      }
      reconcile(s, dir);
      ForceMonths.groupCounts(s, ids[0], ids[1]);
      LsoaPlaces.resolve(c);
      Map<Integer, String> byId = ForceMonths.claim(s);
      Map<Integer, long[]> stats = new HashMap<>();
      Map<String, String> notes = new HashMap<>();
      for (int i = 0; i < fresh.size(); i++) {
        Entry e = fresh.get(i);
        stats.put(ids[0] + i, new long[] {e.rowsLoaded(), e.rowsRejected()});
        if (byId.containsKey(ids[0] + i)) {
          notes.put(e.file(), byId.get(ids[0] + i));
        }
      }
      BatchStats.record(c, stats, byId);
      c.commit();
      return notes;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** Logs the files in {@code source_file} and a temporary {@code load_file}; returns the first and last ids. */
  private static int[] stage(Connection c, Statement s, List<Entry> fresh) throws SQLException {
    int first;
    try (ResultSet r = s.executeQuery("SELECT nextval('file_id_seq') FROM range(" + fresh.size()
        + ") ORDER BY 1")) {
      r.next();
      first = r.getInt(1);
    }
    s.execute("CREATE OR REPLACE TEMP TABLE load_file(source VARCHAR, file_id INTEGER, name VARCHAR,"
        + " sha256 VARCHAR, bytes BIGINT, loaded BIGINT, rejected BIGINT)");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO load_file VALUES (?,?,?,?,?,?,?)")) {
      for (int i = 0; i < fresh.size(); i++) {
        Entry e = fresh.get(i);
        ps.setString(1, e.file());
        ps.setInt(2, first + i);
        ps.setString(3, IngestLog.displayName(e.file()));
        ps.setString(4, e.sha256());
        ps.setLong(5, e.bytes());
        ps.setLong(6, e.rowsLoaded());
        ps.setLong(7, e.rowsRejected());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    s.execute("INSERT INTO source_file SELECT file_id, '" + KIND + "', source, name, sha256, bytes,"
        + " 0, 0, 0, NULL, NULL, now(), NULL FROM load_file");
    return new int[] {first, first + fresh.size() - 1};
  }

  /** Every file's counted incidents and rejected rows must be the manifest's, or nothing loads. */
  private static void reconcile(Statement s, Path dir) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT lf.source, lf.loaded, lf.rejected,"
        + " (SELECT coalesce(sum(incidents), 0) FROM incident_count ic WHERE ic.file_id ="
        + " lf.file_id), (SELECT count(*) FROM rejected_row rr WHERE rr.file_id = lf.file_id)"
        + " FROM load_file lf WHERE lf.loaded <> (SELECT coalesce(sum(incidents), 0) FROM"
        + " incident_count ic WHERE ic.file_id = lf.file_id) OR lf.rejected <> (SELECT count(*)"
        + " FROM rejected_row rr WHERE rr.file_id = lf.file_id) ORDER BY 1 LIMIT 1")) {
      if (r.next()) {
        throw new BadInputException(SourcePosition.of(dir.resolve(AggregateManifest.FILE_NAME), 1),
            "expected " + r.getLong(2) + " incidents and " + r.getLong(3) + " rejected rows for "
                + r.getString(1) + " as the manifest says, found " + r.getLong(4) + " and "
                + r.getLong(5) + " in counts/ and rejects/ (output incomplete?)");
      }
    }
  }

  /** A DuckDB scan of the Parquet files under {@code dir/sub}, or null if there are none. */
  private static String parquet(Path dir, String sub) {
    Path root = dir.resolve(sub);
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      if (walk.noneMatch(p -> p.getFileName().toString().endsWith(".parquet"))) {
        return null;
      }
    } catch (IOException e) {
      throw new AppException("cannot list " + root + ": " + e.getMessage(), e);
    }
    String glob = root.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet";
    return sub.equals("counts")
        ? "read_parquet('" + glob + "', hive_partitioning = true, hive_types = {'force': VARCHAR,"
            + " 'month': VARCHAR})"
        : "read_parquet('" + glob + "', hive_partitioning = false)";
  }
}
