package org.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strata.analysis.input.OutcomeCount;
import org.strata.reference.Period;

class OutcomeQueryTest {
  private final DuckDbStore store = DuckDbStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  /**
   * Cannock Chase: two robberies in April 2024 (one under investigation, one with no outcome), one
   * ASB incident and a robbery in March 2024 outside the period; Tamworth, in the same force: one
   * burglary awaiting court.
   */
  @Test
  void countsTheAreasAndTheForcesCrimesByTypeAndOutcomeLeavingOutAsb() throws SQLException {
    try (Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO lsoa_district VALUES ('E01000001', 'Cannock Chase 001A', 'E07000192'),"
          + " ('E01000002', 'Tamworth 001A', 'E07000199')");
      s.execute("INSERT INTO incident_row (file_id, month, lsoa_code, crime_type, last_outcome, pfa_code) VALUES"
          + " (1, DATE '2024-04-01', 'E01000001', 'Robbery', 'Under investigation', 'E23000015'),"
          + " (1, DATE '2024-04-01', 'E01000001', 'Robbery', NULL, 'E23000015'),"
          + " (1, DATE '2024-04-01', 'E01000001', 'Anti-social behaviour', NULL, 'E23000015'),"
          + " (1, DATE '2024-03-01', 'E01000001', 'Robbery', 'Under investigation', 'E23000015'),"
          + " (1, DATE '2024-04-01', 'E01000002', 'Burglary', 'Awaiting court outcome', 'E23000015')");
    }
    var counts = new OutcomeQuery(store).counts(store.areas().requireArea("E07000192"), Period.parse("2024-04"));
    assertThat(counts).containsExactly(
        new OutcomeCount("subject", "Robbery", "", 1),
        new OutcomeCount("subject", "Robbery", "Under investigation", 1),
        new OutcomeCount("police_force_area", "Burglary", "Awaiting court outcome", 1),
        new OutcomeCount("police_force_area", "Robbery", "", 1),
        new OutcomeCount("police_force_area", "Robbery", "Under investigation", 1));
  }
}
