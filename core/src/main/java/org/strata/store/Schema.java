package org.strata.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, created and migrated in order. Each migration is a list of statements; the
 * applied version is recorded in {@code schema_version}.
 */
final class Schema {
  /**
   * The incidents every query reads: rows loaded one by one ({@code incident_row}) and rows
   * loaded as counts ({@code incident_count}, one row per incident counted), each with the
   * district its LSOA is placed in.
   */
  static final String INCIDENT_VIEW =
      "CREATE OR REPLACE VIEW incident AS SELECT i.*, ld.district_code FROM (SELECT * FROM"
          + " incident_row UNION ALL BY NAME SELECT * EXCLUDE (incidents, k) FROM incident_count,"
          + " range(incident_count.incidents) AS t(k)) i LEFT JOIN lsoa_district ld ON"
          + " ld.lsoa_code = i.lsoa_code";

  /** Migrations by version, 1-based: index 0 holds version 1. */
  private static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              "CREATE TABLE schema_version(version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)",
              "CREATE TABLE area(code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, level VARCHAR NOT"
                  + " NULL, parent_code VARCHAR)",
              "CREATE TABLE district(code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, match_name"
                  + " VARCHAR NOT NULL, csp_code VARCHAR NOT NULL, pfa_code VARCHAR NOT NULL,"
                  + " region_code VARCHAR NOT NULL, reporting_code VARCHAR NOT NULL)",
              "CREATE TABLE police_force(code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL,"
                  + " policeuk_name VARCHAR NOT NULL, slug VARCHAR NOT NULL)",
              "CREATE TABLE reference_version(fingerprint VARCHAR NOT NULL)",
              "CREATE TABLE store_property(key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
              "CREATE SEQUENCE file_id_seq START 1",
              "CREATE TABLE source_file(file_id INTEGER PRIMARY KEY, kind VARCHAR NOT NULL, path"
                  + " VARCHAR NOT NULL, name VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, bytes BIGINT,"
                  + " rows_read BIGINT NOT NULL, rows_loaded BIGINT NOT NULL, rows_rejected BIGINT"
                  + " NOT NULL, period VARCHAR, detail VARCHAR, loaded_at TIMESTAMP NOT NULL,"
                  + " replaced_by INTEGER)",
              "CREATE TABLE rejected_row(file_id INTEGER NOT NULL, line BIGINT NOT NULL, reason"
                  + " VARCHAR NOT NULL, raw VARCHAR)",
              "CREATE TABLE population(area_code VARCHAR NOT NULL, area_name VARCHAR, year INTEGER"
                  + " NOT NULL, persons BIGINT NOT NULL, file_id INTEGER NOT NULL)",
              "CREATE TABLE offence_count(area_code VARCHAR NOT NULL, area_name VARCHAR NOT NULL,"
                  + " unit VARCHAR NOT NULL, pfa_code VARCHAR NOT NULL, period_start DATE NOT NULL,"
                  + " period_end DATE NOT NULL, category VARCHAR NOT NULL, taxonomy VARCHAR NOT"
                  + " NULL, count BIGINT, published BOOLEAN NOT NULL, line BIGINT, file_id INTEGER"
                  + " NOT NULL)",
              "CREATE TABLE incident_row(file_id INTEGER NOT NULL, crime_id VARCHAR, month DATE"
                  + " NOT NULL, reported_by VARCHAR, falls_within VARCHAR, longitude DOUBLE, latitude"
                  + " DOUBLE, location VARCHAR, lsoa_code VARCHAR, lsoa_name VARCHAR, crime_type"
                  + " VARCHAR NOT NULL, last_outcome VARCHAR, context VARCHAR, pfa_code VARCHAR)",
              "CREATE TABLE lsoa_district(lsoa_code VARCHAR PRIMARY KEY, lsoa_name VARCHAR,"
                  + " district_code VARCHAR)",
              "CREATE VIEW incident AS SELECT i.*, ld.district_code FROM incident_row i LEFT JOIN"
                  + " lsoa_district ld ON ld.lsoa_code = i.lsoa_code",
              "CREATE TABLE force_month(pfa_code VARCHAR NOT NULL, month DATE NOT NULL, file_id"
                  + " INTEGER NOT NULL, PRIMARY KEY(pfa_code, month))",
              "CREATE TABLE lsoa_lookup(lsoa_code VARCHAR PRIMARY KEY, lsoa_name VARCHAR,"
                  + " district_code VARCHAR NOT NULL, file_id INTEGER)",
              "CREATE TABLE survey_response(area_code VARCHAR NOT NULL, year INTEGER NOT NULL,"
                  + " topic VARCHAR NOT NULL, measure VARCHAR NOT NULL, value DOUBLE NOT NULL, base"
                  + " INTEGER, line BIGINT, file_id INTEGER NOT NULL)",
              "CREATE TABLE custom_area(level VARCHAR NOT NULL, code VARCHAR PRIMARY KEY, name"
                  + " VARCHAR NOT NULL, parent_code VARCHAR NOT NULL, policeuk_name VARCHAR, file_id"
                  + " INTEGER NOT NULL)",
              "CREATE TABLE local_incident(file_id INTEGER NOT NULL, line BIGINT, month DATE NOT"
                  + " NULL, district_code VARCHAR, lsoa_code VARCHAR, category VARCHAR, flag VARCHAR)"),
          // Version 2: police.uk counts aggregated elsewhere (the Spark job). The incident view
          // expands each count back into as many rows, so every query reads both paths alike.
          List.of(
              "CREATE TABLE incident_count(file_id INTEGER NOT NULL, month DATE NOT NULL,"
                  + " falls_within VARCHAR, longitude DOUBLE, latitude DOUBLE, location VARCHAR,"
                  + " lsoa_code VARCHAR, lsoa_name VARCHAR, crime_type VARCHAR NOT NULL,"
                  + " last_outcome VARCHAR, pfa_code VARCHAR, incidents BIGINT NOT NULL)",
              INCIDENT_VIEW));

  private Schema() {}

  /** The version this build writes. */
  static int latestVersion() {
    return MIGRATIONS.size();
  }

  /**
   * Creates or migrates the schema; returns the version found before migrating (0 for a new
   * store).
   */
  static int migrate(Connection c) throws SQLException {
    int current = currentVersion(c);
    if (current > MIGRATIONS.size()) {
      throw new org.strata.common.AppException(
          "store schema version "
              + current
              + " is newer than this Strata build understands ("
              + MIGRATIONS.size()
              + "): upgrade Strata");
    }
    if (current == MIGRATIONS.size()) {
      return current;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
        for (String sql : MIGRATIONS.get(v - 1)) {
          s.execute(sql);
        }
        s.execute("INSERT INTO schema_version VALUES (" + v + ", now())");
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return current;
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name ="
                    + " 'schema_version'")) {
      r.next();
      if (r.getLong(1) == 0) {
        return 0;
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }
}
