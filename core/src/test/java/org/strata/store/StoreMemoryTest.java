package org.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's memory limit: 1 GB for a store opened to load, 512 MB for one opened to read. */
class StoreMemoryTest {
  @TempDir Path dir;

  private static String memoryLimit(DuckDbStore s) throws Exception {
    try (Statement st = s.connection().createStatement();
        ResultSet r = st.executeQuery("SELECT current_setting('memory_limit')")) {
      r.next();
      return r.getString(1);
    }
  }

  @Test
  void aStoreOpenedToReadIsCappedBelowOneOpenedToLoad() throws Exception {
    Assumptions.assumeTrue(System.getenv("STRATA_DUCKDB_MEMORY") == null, "STRATA_DUCKDB_MEMORY overrides both");
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore writing = DuckDbStore.open(db)) {
      // DuckDB shows limits in binary units: 1,000,000,000 bytes = 953.6 MiB
      assertThat(memoryLimit(writing)).isEqualTo("953.6 MiB");
    }
    try (DuckDbStore reading = DuckDbStore.openReadOnly(db)) {
      // 512,000,000 bytes = 488.28 MiB (shown 488.2), and a batch's duplicate connections share the one limit
      assertThat(memoryLimit(reading)).isEqualTo("488.2 MiB");
      try (DuckDbStore worker = reading.duplicate()) {
        assertThat(memoryLimit(worker)).isEqualTo("488.2 MiB");
      }
    }
  }
}
