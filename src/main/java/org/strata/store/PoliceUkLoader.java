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
import java.util.Optional;
import org.strata.common.AppException;
import org.strata.ingest.policeuk.PoliceUkFile;

/**
 * Loads checked police.uk street-level CSVs with DuckDB's own CSV reader, many files per scan. Rows
 * DuckDB cannot read (bad month, bad coordinate, wrong field count) go to {@code rejected_row} with
 * file, line and reason. Each batch is one transaction; if a batch fails, its files are retried
 * one by one so that one broken file cannot take others with it. Each row is placed in its
 * district from the LSOA code lookup when one is loaded, else from the LSOA name's prefix.
 */
public final class PoliceUkLoader {
  /** Files per DuckDB scan: large enough to keep both cores busy, small enough to bound undo. */
  private static final int BATCH = 64;

  private static final String COLUMNS =
      "{'crime_id':'VARCHAR','month':'DATE','reported_by':'VARCHAR','falls_within':'VARCHAR',"
          + "'longitude':'DOUBLE','latitude':'DOUBLE','location':'VARCHAR','lsoa_code':'VARCHAR',"
          + "'lsoa_name':'VARCHAR','crime_type':'VARCHAR','last_outcome':'VARCHAR',"
          + "'context':'VARCHAR'}";

  private final DuckDbStore store;

  /** Creates a loader writing into the store. */
  public PoliceUkLoader(DuckDbStore store) {
    this.store = store;
  }

  /**
   * Loads the files, skipping any whose content is already in the store.
   *
   * @return one outcome per file, in the order given
   */
  public List<LoadOutcome> load(List<PoliceUkFile> files) {
    Connection c = store.connection();
    List<LoadOutcome> out = new ArrayList<>();
    List<PoliceUkFile> fresh = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (PoliceUkFile f : files) {
      Optional<String> earlier = IngestLog.findByHash(c, f.sha256());
      String dup = earlier.orElse(seen.get(f.sha256()));
      if (dup != null) {
        out.add(LoadOutcome.alreadyLoaded(f.source(), dup));
      } else {
        seen.put(f.sha256(), f.source());
        fresh.add(f);
      }
    }
    for (int i = 0; i < fresh.size(); i += BATCH) {
      List<PoliceUkFile> batch = fresh.subList(i, Math.min(fresh.size(), i + BATCH));
      try {
        out.addAll(loadBatch(c, batch));
      } catch (SQLException e) {
        if (batch.size() == 1) {
          throw new AppException(
              batch.get(0).source() + ": load failed, store unchanged: " + e.getMessage(), e);
        }
        for (PoliceUkFile f : batch) {
          out.addAll(load(List.of(f)));
        }
      }
    }
    return out;
  }

  private List<LoadOutcome> loadBatch(Connection c, List<PoliceUkFile> batch) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      Map<String, Integer> ids = new LinkedHashMap<>();
      for (PoliceUkFile f : batch) {
        ids.put(f.csv().toAbsolutePath().toString(), IngestLog.register(c, "police-uk", f));
      }
      s.execute(
          "CREATE OR REPLACE TEMP TABLE load_file(path VARCHAR, file_id INTEGER, pfa_code VARCHAR)");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO load_file VALUES (?, ?, ?)")) {
        for (PoliceUkFile f : batch) {
          ps.setString(1, f.csv().toAbsolutePath().toString());
          ps.setInt(2, ids.get(f.csv().toAbsolutePath().toString()));
          ps.setString(3, forceOf(f));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      s.execute("DROP TABLE IF EXISTS reject_errors_pu");
      s.execute("DROP TABLE IF EXISTS reject_scans_pu");
      long t0 = System.nanoTime();
      s.execute(insertSql(new ArrayList<>(ids.keySet())));
      long t1 = System.nanoTime();
      Map<Integer, Long> loaded = countLoaded(s);
      Map<Integer, Long> rejected = copyRejects(s);
      LsoaPlaces.add(c, ids.values().stream().min(Integer::compare).orElse(0),
          ids.values().stream().max(Integer::compare).orElse(0));
      long t2 = System.nanoTime();
      List<LoadOutcome> out = new ArrayList<>();
      for (PoliceUkFile f : batch) {
        int id = ids.get(f.csv().toAbsolutePath().toString());
        long l = loaded.getOrDefault(id, 0L);
        long r = rejected.getOrDefault(id, 0L);
        String note = ForceMonths.claim(c, id, f);
        IngestLog.finish(c, id, l + r, l, r, note);
        out.add(new LoadOutcome(f.source(), l + r, l, r, false, note));
      }
      long t3 = System.nanoTime();
      c.commit();
      if (System.getenv("STRATA_TIMING") != null) {
        System.err.printf("batch %d files: insert %.2fs, counts %.2fs, force-months %.2fs, commit %.2fs%n",
            batch.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (System.nanoTime() - t3) / 1e9);
      }
      return out;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static String insertSql(List<String> paths) {
    StringBuilder list = new StringBuilder("[");
    for (String p : paths) {
      if (list.length() > 1) {
        list.append(',');
      }
      list.append('\'').append(p.replace("'", "''")).append('\'');
    }
    list.append(']');
    return "INSERT INTO incident_row SELECT lf.file_id, r.crime_id, r.month, r.reported_by,"
        + " r.falls_within, r.longitude, r.latitude, r.location, nullif(r.lsoa_code, ''),"
        + " nullif(r.lsoa_name, ''), r.crime_type, nullif(r.last_outcome, ''),"
        + " nullif(r.context, ''), lf.pfa_code"
        + " FROM read_csv("
        + list
        + ", header=true, columns="
        + COLUMNS
        + ", dateformat='%Y-%m', filename=true, store_rejects=true,"
        + " rejects_table='reject_errors_pu', rejects_scan='reject_scans_pu', rejects_limit=0,"
        + " auto_detect=false, delim=',', quote='\"', escape='\"') r"
        + " JOIN load_file lf ON lf.path = r.filename";
  }

  /**
   * The force a file belongs to, from its first row's "Falls within": police.uk publishes one
   * file per force and month. Null when the name is no known force (rows still load).
   */
  private String forceOf(PoliceUkFile f) {
    return f.fallsWithin() == null
        ? null
        : store.areas().findForce(f.fallsWithin()).map(p -> p.code()).orElse(null);
  }

  private static Map<Integer, Long> countLoaded(Statement s) throws SQLException {
    Map<Integer, Long> m = new HashMap<>();
    try (ResultSet r =
        s.executeQuery(
            "SELECT i.file_id, count(*) FROM incident_row i JOIN load_file lf USING (file_id)"
                + " GROUP BY i.file_id")) {
      while (r.next()) {
        m.put(r.getInt(1), r.getLong(2));
      }
    }
    return m;
  }

  private static Map<Integer, Long> copyRejects(Statement s) throws SQLException {
    boolean exists;
    try (ResultSet r =
        s.executeQuery(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'reject_errors_pu'")) {
      r.next();
      exists = r.getLong(1) > 0;
    }
    Map<Integer, Long> m = new HashMap<>();
    if (!exists) {
      return m;
    }
    s.execute(
        "INSERT INTO rejected_row SELECT lf.file_id, e.line,"
            + " string_agg(e.error_type || coalesce(' in column \"' || e.column_name || '\"', '')"
            + " || ': ' || e.error_message, '; '), any_value(e.csv_line)"
            + " FROM reject_errors_pu e JOIN reject_scans_pu sc"
            + " ON sc.scan_id = e.scan_id AND sc.file_id = e.file_id"
            + " JOIN load_file lf ON lf.path = sc.file_path GROUP BY lf.file_id, e.line");
    try (ResultSet r =
        s.executeQuery(
            "SELECT lf.file_id, count(DISTINCT e.line) FROM reject_errors_pu e"
                + " JOIN reject_scans_pu sc ON sc.scan_id = e.scan_id AND sc.file_id = e.file_id"
                + " JOIN load_file lf ON lf.path = sc.file_path GROUP BY lf.file_id")) {
      while (r.next()) {
        m.put(r.getInt(1), r.getLong(2));
      }
    }
    return m;
  }
}
