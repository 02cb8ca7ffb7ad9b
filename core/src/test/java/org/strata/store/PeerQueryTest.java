package org.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strata.reference.Area;

/**
 * Cannock Chase (7,896 ha) with 100,000 people against Powys (519,809 ha, 100,000), Tamworth
 * (3,086 ha, 80,000) and Lichfield (33,147 ha, 130,000). On population alone Powys is nearest; in
 * standardised (ln population, ln density) space the distances are Tamworth 1.179, Lichfield
 * 1.444, Powys 2.073.
 */
class PeerQueryTest {
  private final DuckDbStore store = DuckDbStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void choosesTheDistrictsNearestInPopulationAndDensity() throws SQLException {
    load();
    Area cannock = store.areas().requireArea("E07000192");
    assertThat(new PeerQuery(store).mostSimilar(cannock, 2)).containsExactly("E07000199", "E07000194");
    assertThat(new PeerQuery(store).mostSimilar(cannock, 5)).containsExactly("E07000199", "E07000194", "W06000023");
  }

  @Test
  void noPeersWithoutASubjectPopulationOrForALargeArea() throws SQLException {
    load();
    assertThat(new PeerQuery(store).mostSimilar(store.areas().requireArea("E07000198"), 2)).isEmpty();
    assertThat(new PeerQuery(store).mostSimilar(store.areas().requireArea("E23000015"), 2)).isEmpty();
  }

  /** East Staffordshire has the subject's population but no counts, so it is no candidate. */
  private void load() throws SQLException {
    try (Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO population VALUES ('E07000192', 'Cannock Chase', 2022, 90000, 1),"
          + " ('E07000192', 'Cannock Chase', 2023, 100000, 1), ('W06000023', 'Powys', 2023, 100000, 1),"
          + " ('E07000199', 'Tamworth', 2023, 80000, 1), ('E07000194', 'Lichfield', 2023, 130000, 1),"
          + " ('E07000193', 'East Staffordshire', 2023, 100000, 1)");
      for (String code : new String[] {"E07000192", "W06000023", "E07000199", "E07000194"}) {
        s.execute("INSERT INTO offence_count VALUES ('" + code + "', 'x', 'csp', 'E23000015', DATE '2024-07-01',"
            + " DATE '2025-06-30', 'Total', 'ons', 10, true, 1, 1)");
      }
    }
  }
}
