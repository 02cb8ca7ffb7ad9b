package org.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;

/** Which areas the store says have data. */
class AreaQueryTest {
  @TempDir Path dir;

  @Test
  void aFewStrayRowsInAnotherForcesDistrictDoNotListIt() throws Exception {
    String header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
        + "Crime type,Last outcome category,Context\n";
    String worcester = "a1,2024-01,West Mercia Police,West Mercia Police,-2.22,52.19,On or near A Road,E01032376,"
        + "Worcester 001A,Burglary,Under investigation,\n";
    // A West Mercia crime just over the border, in an LSOA of Birmingham (West Midlands force).
    String stray = "a2,2024-01,West Mercia Police,West Mercia Police,-1.95,52.40,On or near B Road,E01008881,"
        + "Birmingham 001A,Burglary,Under investigation,\n";
    Files.writeString(dir.resolve("2024-01-west-mercia-street.csv"), header + worcester + stray);
    try (DuckDbStore s = DuckDbStore.inMemory(); PoliceUkScan scan = PoliceUkScanner.scan(List.of(dir))) {
      new PoliceUkLoader(s).load(scan.files());
      List<String> names = new AreaQuery(s).list(false).stream()
          .filter(a -> a.data().contains("police-uk")).map(AreaQuery.AreaLine::name).toList();
      assertThat(names).contains("West Mercia", "Worcester").doesNotContain("Birmingham");
    }
  }
}
