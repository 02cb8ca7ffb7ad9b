package org.strata.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.strata.reference.LsoaPlacement;

/**
 * Places neighbourhoods (LSOAs) in districts, once per LSOA rather than once per incident, by the
 * rule of {@link LsoaPlacement} written in SQL: from the LSOA code lookup when one is loaded, else
 * from the LSOA name's prefix ("Cannock Chase 002E" → Cannock Chase). Incidents take their
 * district through the {@code incident} view. LSOAs that match no district stay unplaced and are
 * tried again whenever areas change.
 */
final class LsoaPlaces {
  private LsoaPlaces() {}

  /** Adds the LSOAs first seen in the given files and places every unplaced LSOA. */
  static void add(Connection c, int firstFileId, int lastFileId) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO lsoa_district SELECT r.lsoa_code, any_value(r.lsoa_name), NULL FROM"
              + " incident_row r WHERE r.file_id BETWEEN " + firstFileId + " AND " + lastFileId
              + " AND r.lsoa_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM lsoa_district x WHERE"
              + " x.lsoa_code = r.lsoa_code) GROUP BY r.lsoa_code");
    }
    resolve(c);
  }

  /** Places every LSOA not yet in a district. */
  static void resolve(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "UPDATE lsoa_district SET district_code = coalesce((SELECT k.district_code FROM"
              + " lsoa_lookup k WHERE k.lsoa_code = lsoa_district.lsoa_code), (SELECT d.code FROM"
              + " district d WHERE d.match_name = lower(regexp_replace(lsoa_district.lsoa_name,"
              + " '" + LsoaPlacement.NAME_SUFFIX + "', '')))) WHERE district_code IS NULL");
    }
  }
}
