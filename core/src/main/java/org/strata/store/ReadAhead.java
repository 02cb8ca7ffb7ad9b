package org.strata.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.ingest.policeuk.PoliceUkChecking;
import org.strata.ingest.policeuk.PoliceUkFile;
import org.strata.reference.PoliceForce;

/**
 * A batch of a police.uk load inserted from the files as they are while their checks may still
 * run, so that DuckDB starts at once instead of after the first batch's checks. The rows
 * are kept only if every file then passes its checks whole: none refused, no line refused, no
 * cleaned copy needed, not loaded before, and of the force its name says. Otherwise the
 * transaction is rolled back and the batch loads the usual way, from the checked files; nothing
 * the checks would refuse is ever committed.
 */
final class ReadAhead {
  /** Completes a batch whose rows are inserted under the given file IDs, and commits. */
  @FunctionalInterface
  interface Finish {
    List<LoadOutcome> apply(Connection c, Statement s, List<PoliceUkFile> batch, List<Integer> ids)
        throws SQLException;
  }

  private static final String STREET = "-street.csv";

  private final List<PoliceUkChecking.Candidate> files;
  private final Function<PoliceUkFile, @Nullable String> forceOf;
  private final Function<String, Optional<PoliceForce>> findForce;
  private @Nullable List<LoadOutcome> outcomes;

  ReadAhead(
      List<PoliceUkChecking.Candidate> files,
      Function<PoliceUkFile, @Nullable String> forceOf,
      Function<String, Optional<PoliceForce>> findForce) {
    this.files = files;
    this.forceOf = forceOf;
    this.findForce = findForce;
  }

  /** The batch's outcomes when it was loaded as read; null when it must load the usual way. */
  @Nullable List<LoadOutcome> outcomes() {
    return outcomes;
  }

  /**
   * Inserts the files as read, waits for their checks and keeps the rows only if every file passed
   * whole (see the class comment); the files are then marked as seen.
   *
   * @param checked the batch's checked files, in the same order (called exactly once)
   * @param seen content hashes already loaded, with their files
   * @return the checked files, for the usual way when {@link #outcomes()} is null
   */
  List<PoliceUkFile> load(
      Connection c, Supplier<List<PoliceUkFile>> checked, Map<String, String> seen, Finish finish) {
    List<String> forces = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (PoliceUkChecking.Candidate f : files) {
      forces.add(forceFromName(f.source()));
      paths.add(f.path().toAbsolutePath().toString());
    }
    List<PoliceUkFile> done = null;
    autoCommit(c, false);
    try (Statement s = c.createStatement()) {
      List<Integer> ids = begin(s, files.size());
      s.execute(StreetInsert.sql(paths, ids, forces));
      long t0 = System.nanoTime();
      done = checked.get();
      boolean kept = asRead(done, forces, seen);
      if (System.getenv("STRATA_TIMING") != null) {
        System.err.printf("batch read ahead of its checks: waited %.2fs for them, %s%n",
            (System.nanoTime() - t0) / 1e9, kept ? "kept" : "rolled back");
      }
      if (kept) {
        outcomes = finish.apply(c, s, done, ids);
        done.forEach(f -> seen.put(f.sha256(), f.source()));
        return done;
      }
      c.rollback();
    } catch (SQLException | BadInputException e) {
      // A file DuckDB cannot read as it is, or counts that do not reconcile: the usual way
      // finds which file and refuses it alone.
      rollback(c);
      outcomes = null;
    } catch (RuntimeException e) {
      rollback(c);
      throw e;
    } finally {
      autoCommit(c, true);
    }
    return done != null ? done : checked.get();
  }

  /** Starts a batch: clears the last batch's DuckDB rejects and takes {@code n} file IDs. */
  static List<Integer> begin(Statement s, int n) throws SQLException {
    s.execute("DROP TABLE IF EXISTS reject_errors_pu");
    s.execute("DROP TABLE IF EXISTS reject_scans_pu");
    List<Integer> ids = new ArrayList<>();
    try (ResultSet r = s.executeQuery("SELECT nextval('file_id_seq') FROM range(" + n + ") ORDER BY 1")) {
      while (r.next()) {
        ids.add(r.getInt(1));
      }
    }
    return ids;
  }

  private boolean asRead(List<PoliceUkFile> done, List<String> forces, Map<String, String> seen) {
    if (done.size() != files.size()) {
      return false;
    }
    Set<String> hashes = new HashSet<>();
    for (int i = 0; i < done.size(); i++) {
      PoliceUkFile f = done.get(i);
      if (!f.csv().equals(files.get(i).path()) || !f.rejects().isEmpty() || f.records() < 0
          || seen.containsKey(f.sha256()) || !hashes.add(f.sha256())
          || !Objects.equals(forceOf.apply(f), forces.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The force a published file's name gives ({@code 2024-01-west-mercia-street.csv}), or null. */
  private @Nullable String forceFromName(String source) {
    String name = Path.of(source.replace("!/", "/")).getFileName().toString();
    if (!name.endsWith(STREET) || name.length() <= 8 + STREET.length()
        || !name.matches("\\d{4}-\\d{2}-.+")) {
      return null;
    }
    return findForce.apply(name.substring(8, name.length() - STREET.length()))
        .map(PoliceForce::code).orElse(null);
  }

  private static void autoCommit(Connection c, boolean on) {
    try {
      c.setAutoCommit(on);
    } catch (SQLException e) {
      throw new org.strata.common.AppException("cannot set the store's transaction mode: " + e.getMessage(), e);
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // the transaction is gone with the failed statement
    }
  }
}
