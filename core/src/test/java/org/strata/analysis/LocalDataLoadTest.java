package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ingest.local.LocalIncidentReader;
import org.strata.ingest.local.LocalMapping;
import org.strata.ingest.survey.SurveyReader;
import org.strata.reference.Period;
import org.strata.store.DuckDbStore;
import org.strata.store.LoadOutcome;
import org.strata.store.LocalCountQuery;
import org.strata.store.LocalIncidentLoader;
import org.strata.store.RecordLoader;
import org.strata.store.SurveyLoader;

/** Survey and local extract loads: reconciliation, idempotence and local counts. */
class LocalDataLoadTest {
  @TempDir Path dir;

  @Test
  void localExtractCountsFlagsAndCategoriesAndLoadsOnce() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"),
        "columns:\n  month: Month\n  area: District\n  category: Offence\nflags:\n  knife: Knife\n  hate: Hate\n");
    Path csv = Files.writeString(dir.resolve("x.csv"), "Month,District,Offence,Knife,Hate\n"
        + "2024-04,Cannock Chase,Assault,Y,Y\n2024-04,Cannock Chase,Assault,N,N\n"
        + "2024-05,Cannock Chase,Robbery,Y,N\n2024-13,Cannock Chase,Robbery,Y,N\n");
    try (DuckDbStore s = DuckDbStore.inMemory()) {
      var f = new RecordLoader.SourceFile("local", csv.toString(), "h1", 10);
      var read = new LocalIncidentReader(s.areas(), LocalMapping.read(map)).read(csv);
      LoadOutcome first = new LocalIncidentLoader(s).load(f, read);
      assertThat(first.rowsRead()).isEqualTo(first.rowsLoaded() + first.rowsRejected()).isEqualTo(4);
      assertThat(first.rowsRejected()).isEqualTo(1);
      assertThat(new LocalIncidentLoader(s).load(f, read).skipped()).isTrue();
      var counts = new LocalCountQuery(s).counts(s.areas().requireArea("E07000192"), Period.parse("2024-25")).orElseThrow();
      assertThat(counts.counts()).containsEntry("knife", 2L).containsEntry("hate", 1L)
          .containsEntry("Assault", 2L).containsEntry("Robbery", 1L);
    }
  }

  @Test
  void aFlagMarkingExactlyTheRowsOfACategoryIsCountedOnceAsThatCategory() throws Exception {
    Path map = Files.writeString(dir.resolve("map.yaml"),
        "columns:\n  month: Month\n  area: District\n  category: Offence\nflags:\n  knife: Knife\n  hate: Hate\n");
    Path csv = Files.writeString(dir.resolve("y.csv"), "Month,District,Offence,Knife,Hate\n"
        + "2024-04,Cannock Chase,Possession of weapons,Y,N\n2024-05,Cannock Chase,Possession of weapons,Y,Y\n"
        + "2024-05,Cannock Chase,Assault,N,Y\n2024-06,Cannock Chase,Assault,N,N\n");
    try (DuckDbStore s = DuckDbStore.inMemory()) {
      var f = new RecordLoader.SourceFile("local", csv.toString(), "h3", 10);
      new LocalIncidentLoader(s).load(f, new LocalIncidentReader(s.areas(), LocalMapping.read(map)).read(csv));
      var counts = new LocalCountQuery(s).counts(s.areas().requireArea("E07000192"), Period.parse("2024-25")).orElseThrow();
      assertThat(counts.counts()).containsOnly(java.util.Map.entry("Possession of weapons (flagged knife)", 2L),
          java.util.Map.entry("Assault", 2L), java.util.Map.entry("hate", 2L));
    }
  }

  @Test
  void surveyLoadReconcilesAndSkipsTheSameFile() throws Exception {
    Path csv = Files.writeString(dir.resolve("s.csv"),
        "area,year,topic,measure,value,base\nCannock Chase,2024,ASB,priority_pct,37,1200\nMars,2024,ASB,priority_pct,1,1\n");
    try (DuckDbStore s = DuckDbStore.inMemory()) {
      var f = new RecordLoader.SourceFile("survey", csv.toString(), "h2", 10);
      var read = new SurveyReader(s.areas()).read(csv);
      LoadOutcome o = new SurveyLoader(s).load(f, read);
      assertThat(o.rowsRead()).isEqualTo(2);
      assertThat(o.rowsLoaded()).isEqualTo(1);
      assertThat(new SurveyLoader(s).load(f, read).skipped()).isTrue();
    }
  }
}
