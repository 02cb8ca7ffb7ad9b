package org.strata.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strata.analysis.input.AreaCounts;
import org.strata.reference.Area;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

/** A two-tier county's ONS counts are the sum of its districts' CSPs; Stoke-on-Trent is not in it. */
class CountyCountsTest {
  private static final List<String> STAFFORDSHIRE = List.of("E07000192", "E07000193", "E07000194",
      "E07000195", "E07000196", "E07000197", "E07000198", "E07000199");
  private final DuckDbStore store = DuckDbStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void staffordshireCountyAddsItsEightDistrictsAndLeavesOutStoke() throws SQLException {
    int i = 1;
    for (String code : STAFFORDSHIRE) {
      insert(code, 100L * i++);
    }
    insert("E06000021", 99_999);
    Area county = store.areas().requireArea("E10000028");
    AreaCounts c = new CountQuery(store).counts(county, Taxonomy.ONS, Period.parse("2024-07..2025-06")).orElseThrow();
    assertEquals(3_600L, c.counts().get("Total"));
    assertEquals("sum of the county's 8 Community Safety Partnerships", c.note());
    assertThat(c.published()).isFalse();
  }

  @Test
  void aCountyWithOneDistrictMissingHasNoCounts() throws SQLException {
    for (String code : STAFFORDSHIRE.subList(1, 8)) {
      insert(code, 10);
    }
    Area county = store.areas().requireArea("E10000028");
    assertThat(new CountQuery(store).counts(county, Taxonomy.ONS, Period.parse("2024-07..2025-06"))).isEmpty();
  }

  private void insert(String code, long count) throws SQLException {
    try (Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO offence_count VALUES ('" + code + "', 'x', 'csp', 'E23000015', DATE '2024-07-01',"
          + " DATE '2025-06-01', 'Total', 'ons', " + count + ", true, 1, 1)");
    }
  }
}
