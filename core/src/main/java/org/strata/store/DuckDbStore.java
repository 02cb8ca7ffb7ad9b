package org.strata.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;
import org.strata.common.UsageException;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.reference.PoliceForce;

/**
 * The embedded DuckDB store: one file, schema created and migrated on open, reference areas kept in
 * step with this build. Not thread-safe for writing; readers share one connection per store.
 */
public final class DuckDbStore implements AutoCloseable {
  /** DuckDB's memory limit for a store opened read-only, unless STRATA_DUCKDB_MEMORY says otherwise. */
  static final String READING_MEMORY = "512MB";

  private final Connection connection;
  private AreaRegistry areas;
  private final String location;
  private @Nullable ReadCache cache;

  private DuckDbStore(Connection connection, AreaRegistry areas, String location) {
    this.connection = connection;
    this.areas = areas;
    this.location = location;
  }

  /**
   * Keeps the answers of count, population and coverage queries for as long as this store and its
   * {@link #duplicate() duplicates} are open, so that many assessments read each once. Only for a
   * store opened read-only: answers would not follow later writes.
   *
   * @throws IllegalStateException if the store was opened for writing.
   */
  public void cacheReads() {
    try {
      if (!connection.isReadOnly()) {
        throw new IllegalStateException("cacheReads: the store " + location + " is open for writing");
      }
    } catch (SQLException e) {
      throw new AppException("cannot read the mode of " + location + ": " + e.getMessage(), e);
    }
    cache = new ReadCache();
  }

  /** True when {@link #cacheReads()} was called: queries may read whole tables once. */
  boolean cachesReads() {
    return cache != null;
  }

  /** The answer for a key: from the cache when {@link #cacheReads()} was called, else computed now. */
  <T> T cached(java.util.List<Object> key, java.util.function.Supplier<T> compute) {
    ReadCache c = cache;
    return c == null ? compute.get() : c.get(key, compute);
  }

  /**
   * Opens (creating if needed) the store file and brings its schema up to date.
   *
   * @throws UsageException if the path is a folder or a file that is not a DuckDB database.
   * @throws AppException if the file cannot be opened as a DuckDB database.
   */
  public static DuckDbStore open(Path file) {
    StoreFile.requireDuckDbOrAbsent(file);
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new AppException("cannot create folder for store " + file + ": " + e.getMessage(), e);
    }
    return connect("jdbc:duckdb:" + file.toAbsolutePath(), new Properties(), file.toString(), true);
  }

  /**
   * Opens an existing store for a command that only reads it, read-only, so that other readers
   * ({@code serve}, {@code report}, {@code batch}) can have it open at the same time. A store whose
   * schema or reference areas are older than this build is first brought up to date by a short
   * writable open, when this user may write it.
   *
   * @throws UsageException if the path is a folder or a file that is not a DuckDB database.
   * @throws StoreBusyException if another process is writing the store.
   * @throws AppException if the file cannot be opened as a DuckDB database.
   */
  public static DuckDbStore openForReading(Path file) {
    if (!Files.isRegularFile(file)) {
      return open(file);
    }
    Path parent = file.toAbsolutePath().getParent();
    boolean writable = Files.isWritable(file) && (parent == null || Files.isWritable(parent));
    if (!writable) {
      return openReadOnly(file);
    }
    DuckDbStore s = null;
    try {
      s = openReadOnly(file);
      if (s.referenceCurrent()) {
        return s;
      }
    } catch (UsageException stale) {
      // an older schema: migrated below
    }
    if (s != null) {
      s.close();
    }
    open(file).close();
    return openReadOnly(file);
  }

  /** True when the reference tables match this build's areas. */
  private boolean referenceCurrent() {
    try (Statement st = connection.createStatement();
        java.sql.ResultSet r = st.executeQuery("SELECT fingerprint FROM reference_version")) {
      return r.next() && fingerprint().equals(r.getString(1));
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Opens an existing store for reading only (the dashboard).
   *
   * @throws UsageException if the file does not exist.
   */
  public static DuckDbStore openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "store " + file + ": expected an existing Strata store, found no file (run strata ingest)");
    }
    StoreFile.requireDuckDbOrAbsent(file);
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return connect("jdbc:duckdb:" + file.toAbsolutePath(), p, file.toString(), false);
  }

  /** A fresh in-memory store, for tests. */
  public static DuckDbStore inMemory() {
    return connect("jdbc:duckdb:", new Properties(), ":memory:", true);
  }

  private static DuckDbStore connect(String url, Properties p, String label, boolean writable) {
    try {
      // DuckDB's buffer pool would otherwise grow to 80% of RAM; a fixed limit keeps loads flat in
      // memory whatever the input size (DuckDB spills to disk beyond it). Reading needs less: a
      // batch's budget is its 1 GiB heap, this and the JVM's own ~250 MiB, under 2 GiB.
      p.setProperty("memory_limit",
          System.getenv().getOrDefault("STRATA_DUCKDB_MEMORY", writable ? "1GB" : READING_MEMORY));
      Connection c = DriverManager.getConnection(url, p);
      DuckDbStore store = new DuckDbStore(c, AreaRegistry.load(), label);
      if (writable) {
        Schema.migrate(c);
        store.areas = CustomAreas.registry(c, AreaRegistry.load());
        store.syncReference();
      } else if (Schema.currentVersion(c) != Schema.latestVersion()) {
        c.close();
        throw new UsageException(
            "store " + label + ": expected schema version " + Schema.latestVersion()
                + ", found " + Schema.currentVersion(c) + " (open it once with strata ingest or"
                + " strata areas to migrate)");
      } else {
        store.areas = CustomAreas.registry(c, AreaRegistry.load());
      }
      return store;
    } catch (SQLException e) {
      throw StoreBusyException.isLockConflict(e)
          ? new StoreBusyException(label, e)
          : new AppException("cannot open store " + label + ": " + e.getMessage(), e);
    }
  }

  /**
   * Another connection to the same open database, for a worker thread: DuckDB runs queries of
   * several connections of one process in parallel, while one connection serialises them. Close it
   * before this store.
   *
   * @throws AppException if DuckDB cannot open another connection.
   */
  public DuckDbStore duplicate() {
    try {
      Connection c = connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
      DuckDbStore copy = new DuckDbStore(c, areas, location);
      copy.cache = cache;
      return copy;
    } catch (SQLException e) {
      throw new AppException("cannot open another connection to " + location + ": " + e.getMessage(), e);
    }
  }

  /** The JDBC connection, for the query and loader classes of this package. */
  Connection connection() {
    return connection;
  }

  /** The reference areas this store was opened with. */
  public AreaRegistry areas() {
    return areas;
  }

  /** Where the store lives, for messages. */
  public String location() {
    return location;
  }

  /** Marks the store as holding generated demonstration data: every assessment says so. */
  public void markSynthetic() {
    try (Statement s = connection.createStatement()) {
      s.execute("INSERT OR REPLACE INTO store_property VALUES ('synthetic', 'true')");
    } catch (SQLException e) {
      throw new AppException("cannot mark " + location + " synthetic: " + e.getMessage(), e);
    }
  }

  /** True when the store holds generated demonstration data. */
  public boolean isSynthetic() {
    try (Statement s = connection.createStatement();
        java.sql.ResultSet r =
            s.executeQuery("SELECT count(*) FROM store_property WHERE key = 'synthetic' AND value = 'true'")) {
      return r.next() && r.getLong(1) > 0;
    } catch (SQLException e) {
      throw new AppException("cannot read properties of " + location + ": " + e.getMessage(), e);
    }
  }

  /** The schema version recorded in the store. */
  public int schemaVersion() {
    try {
      return Schema.currentVersion(connection);
    } catch (SQLException e) {
      throw new AppException("cannot read schema version of " + location, e);
    }
  }

  /** Rebuilds the registry after areas were declared, and the reference tables with it. */
  void reloadAreas() throws SQLException {
    areas = CustomAreas.registry(connection, AreaRegistry.load());
    syncReference();
  }

  /** Replaces the reference tables with this build's areas, in one transaction. */
  private void syncReference() throws SQLException {
    String fingerprint = fingerprint();
    try (Statement s = connection.createStatement();
        java.sql.ResultSet r =
            s.executeQuery("SELECT fingerprint FROM reference_version")) {
      if (r.next() && fingerprint.equals(r.getString(1))) {
        return;
      }
    }
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM reference_version");
      s.execute("INSERT INTO reference_version VALUES ('" + fingerprint + "')");
      s.execute("DELETE FROM area");
      s.execute("DELETE FROM district");
      s.execute("DELETE FROM police_force");
      // One VALUES statement per table: DuckDB runs a JDBC batch as one statement per row.
      s.execute("INSERT INTO area VALUES " + SqlValues.of(areas.areas().stream()
          .map(a -> Arrays.asList(a.code(), a.name(), a.level().key(), a.parentCode()))));
      s.execute("INSERT INTO district VALUES " + SqlValues.of(areas.districts().stream()
          .map(d -> Arrays.asList(d.code(), d.name(), Names.matchKey(d.name()), d.cspCode(),
              d.pfaCode(), d.regionCode(), areas.reportingCode(d)))));
      s.execute("INSERT INTO police_force VALUES " + SqlValues.of(areas.forces().stream()
          .map(f -> Arrays.asList(f.code(), f.name(), f.policeUkName(), f.slug()))));
      LsoaPlaces.resolve(connection);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** A hash of the areas this store is opened with: the reference tables are rewritten when it changes. */
  private String fingerprint() {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    StringBuilder b = new StringBuilder();
    areas.areas().forEach(a -> b.append(a).append('\n'));
    areas.districts().forEach(d -> b.append(d).append(areas.reportingCode(d)).append('\n'));
    areas.forces().forEach(f -> b.append(f).append('\n'));
    byte[] bytes = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    crc.update(bytes);
    return Long.toHexString(crc.getValue()) + "-" + bytes.length;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new AppException("cannot close store " + location + ": " + e.getMessage(), e);
    }
  }
}
