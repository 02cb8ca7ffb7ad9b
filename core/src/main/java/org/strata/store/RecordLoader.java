package org.strata.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.strata.common.AppException;
import org.strata.ingest.OffenceCountRow;
import org.strata.ingest.PopulationRow;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.OffenceTaxonomy;

/**
 * Writes what a reader returned (aggregate counts, population estimates, survey results) into the
 * store, with the ingest log and rejected rows, in one transaction per file.
 */
public final class RecordLoader {
  private final DuckDbStore store;
  private final OffenceTaxonomy taxonomy = OffenceTaxonomy.load();

  /** Creates a loader writing into the store. */
  public RecordLoader(DuckDbStore store) {
    this.store = store;
  }

  /** Identifies the file being loaded: kind, shown name, content hash and size. */
  public record SourceFile(String kind, String source, String sha256, long bytes) {}

  /** The source name of an already-loaded file of the same kind and content, if any. */
  public Optional<String> findLoaded(String kind, String sha256) {
    return IngestLog.findByHash(store.connection(), kind, sha256);
  }

  /** Loads aggregate offence counts (ONS CSP tables). */
  public LoadOutcome loadOffenceCounts(SourceFile f, ReadResult<OffenceCountRow> result) {
    return loadOffenceCounts(f, result, "");
  }

  /**
   * Loads aggregate offence counts with a note for the ingest log (e.g. the table's "Updated:"
   * date), shown in every report's sources.
   */
  public LoadOutcome loadOffenceCounts(SourceFile f, ReadResult<OffenceCountRow> result, String note) {
    String period =
        result.records().stream().map(r -> r.period().label()).distinct().count() == 1
            ? result.records().get(0).period().label()
            : null;
    return inTransaction(
        f,
        result.rowsRead(),
        result.rowsLoaded(),
        result.rejects(),
        period,
        note,
        (c, id) -> {
          try (DuckDBAppender a = ((DuckDBConnection) c).createAppender("main", "offence_count")) {
            for (OffenceCountRow r : result.records()) {
              OffenceCountRow row = resolve(r);
              a.beginRow();
              a.append(row.areaCode());
              a.append(row.areaName());
              a.append(row.unit());
              a.append(row.pfaCode());
              a.append(row.period().start().atDay(1));
              a.append(row.period().end().atDay(1));
              a.append(row.category());
              a.append(row.taxonomy().key());
              if (row.count() == null) {
                a.appendNull();
              } else {
                a.append(row.count().longValue());
              }
              a.append(row.published());
              a.append(row.line());
              a.append(id);
              a.endRow();
            }
          }
          return Supersede.apply(c, id, "offence_count",
              List.of("area_code", "period_start", "period_end", "taxonomy"));
        });
  }

  /** Loads mid-year population estimates. */
  public LoadOutcome loadPopulation(SourceFile f, ReadResult<PopulationRow> result) {
    return inTransaction(
        f,
        result.rowsRead(),
        result.rowsLoaded(),
        result.rejects(),
        null,
        (c, id) -> {
          try (DuckDBAppender a = ((DuckDBConnection) c).createAppender("main", "population")) {
            for (PopulationRow r : result.records()) {
              a.beginRow();
              a.append(r.areaCode());
              a.append(r.areaName());
              a.append(r.year());
              a.append(r.persons());
              a.append(id);
              a.endRow();
            }
          }
          return Supersede.apply(c, id, "population", List.of("area_code", "year"));
        });
  }

  /**
   * Loads declared geography and rebuilds the store's registry with it.
   *
   * @throws AppException if a declared code is a reference code or the load fails.
   */
  public LoadOutcome loadGeography(
      SourceFile f, ReadResult<org.strata.ingest.geography.GeographyRow> read) {
    ReadResult<org.strata.ingest.geography.GeographyRow> result = DeclaredParents.check(read, store.areas());
    LoadOutcome o =
        inTransaction(
            f, result.rowsRead(), result.rowsLoaded(), result.rejects(), null,
            (c, id) -> {
              try (PreparedStatement ps =
                  c.prepareStatement("INSERT OR REPLACE INTO custom_area VALUES (?, ?, ?, ?, ?, ?)")) {
                for (var r : result.records()) {
                  ps.setString(1, r.level());
                  ps.setString(2, r.code());
                  ps.setString(3, r.name());
                  ps.setString(4, r.parentCode());
                  ps.setString(5, r.policeUkName());
                  ps.setInt(6, id);
                  ps.addBatch();
                }
                ps.executeBatch();
              }
              try {
                CustomAreas.registry(c, org.strata.reference.AreaRegistry.load());
              } catch (IllegalArgumentException | org.strata.common.UsageException e) {
                // The rows are each well formed but do not make a hierarchy: refuse the file.
                throw new org.strata.common.BadInputException(
                    org.strata.common.SourcePosition.of(java.nio.file.Path.of(f.source()), 1),
                    "expected areas that fit the hierarchy, found: " + e.getMessage(), e);
              }
              return "";
            });
    try {
      store.reloadAreas();
    } catch (SQLException e) {
      throw new AppException("cannot rebuild areas: " + e.getMessage(), e);
    }
    return o;
  }

  /**
   * Loads an LSOA-to-district lookup and re-places every LSOA it names; rows naming a district
   * this store does not know are rejected.
   */
  public LoadOutcome loadLsoaLookup(
      SourceFile f, ReadResult<org.strata.ingest.lookup.LsoaLookupRow> result) {
    java.util.List<org.strata.ingest.lookup.LsoaLookupRow> known = new java.util.ArrayList<>();
    java.util.List<org.strata.ingest.RejectedRow> rejects = new java.util.ArrayList<>(result.rejects());
    for (var r : result.records()) {
      if (store.areas().findDistrict(r.districtCode()).isPresent()) {
        known.add(r);
      } else {
        rejects.add(new org.strata.ingest.RejectedRow(r.line(), "district \"" + r.districtCode()
            + "\": expected a district on 2023 boundaries, found no such district",
            r.lsoaCode() + "," + r.districtCode()));
      }
    }
    return inTransaction(f, result.rowsRead(), known.size(), rejects, null, (c, id) -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO lsoa_lookup VALUES (?, ?, ?, ?)")) {
        for (var r : known) {
          ps.setString(1, r.lsoaCode());
          ps.setString(2, r.lsoaName());
          ps.setString(3, r.districtCode());
          ps.setInt(4, id);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (java.sql.Statement s = c.createStatement()) {
        s.execute("UPDATE lsoa_district SET district_code = k.district_code FROM lsoa_lookup k"
            + " WHERE k.lsoa_code = lsoa_district.lsoa_code");
      }
      return "";
    });
  }

  /**
   * Puts a row on current boundaries and canonical category names: open-data rows name their CSP
   * and force instead of coding them; Table C2 still reports some CSPs on pre-2023 boundaries
   * (Cumbria's six, Buckinghamshire's four …), whose counts belong to today's district and are
   * summed there by the queries.
   */
  private OffenceCountRow resolve(OffenceCountRow r) {
    var registry = store.areas();
    String category =
        taxonomy.find(r.taxonomy(), r.category()).map(o -> o.name()).orElse(r.category());
    String code = r.areaCode();
    String name = r.areaName();
    String unit = r.unit();
    String pfa = r.pfaCode();
    Optional<Area> current = Optional.empty();
    if (unit.equals("csp_name")) {
      String named = name;
      current = registry.findArea(code).or(() -> registry.findCspByName(named));
      pfa = registry.findForce(pfa).map(p -> p.code()).orElse(pfa);
      if (current.isEmpty()) {
        code = "unresolved:" + code;
        unit = "other";
      }
    } else if (unit.equals("csp") && registry.isLegacyCsp(code)) {
      current = registry.findCspByCode(code);
    } else if (unit.equals("district") && registry.findDistrict(code).isEmpty()) {
      current = registry.findCspByName(name);
    }
    if (current.isPresent()) {
      Area a = current.get();
      code = a.code();
      name = a.name();
      unit = a.level() == AreaLevel.DISTRICT ? "district" : "csp";
    }
    return new OffenceCountRow(
        code, name, unit, pfa, r.period(), category, r.taxonomy(), r.count(), r.published(),
        r.line());
  }

  /** Work done inside the load transaction with the new file id. */
  @FunctionalInterface
  interface Work {
    /** Writes the rows; returns a note for the outcome ("" for none). */
    String run(Connection c, int fileId) throws SQLException;
  }

  LoadOutcome inTransaction(
      SourceFile f, long read, long loaded, List<RejectedRow> rejects, String period, Work work) {
    return inTransaction(f, read, loaded, rejects, period, "", work);
  }

  LoadOutcome inTransaction(
      SourceFile f,
      long read,
      long loaded,
      List<RejectedRow> rejects,
      String period,
      String note,
      Work work) {
    Connection c = store.connection();
    Optional<String> earlier = IngestLog.findByHash(c, f.kind(), f.sha256());
    if (earlier.isPresent()) {
      return LoadOutcome.alreadyLoaded(f.source(), earlier.get());
    }
    try {
      c.setAutoCommit(false);
      int id = IngestLog.register(c, f.kind(), f.source(), f.sha256(), f.bytes(), period);
      String said = java.util.stream.Stream.of(note, work.run(c, id)).filter(t -> !t.isEmpty())
          .collect(java.util.stream.Collectors.joining("; "));
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO rejected_row VALUES (?, ?, ?, ?)")) {
        for (RejectedRow r : rejects) {
          ps.setInt(1, id);
          ps.setLong(2, r.line());
          ps.setString(3, r.reason());
          ps.setString(4, r.raw());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      IngestLog.finish(c, id, read, loaded, rejects.size(), said);
      c.commit();
      return new LoadOutcome(f.source(), read, loaded, rejects.size(), false, said);
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof org.strata.common.BadInputException b) {
        throw b;
      }
      throw new AppException(f.source() + ": load failed, store unchanged: " + e.getMessage(), e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException e) {
        // The connection is unusable; the next statement reports it.
      }
    }
  }
}
