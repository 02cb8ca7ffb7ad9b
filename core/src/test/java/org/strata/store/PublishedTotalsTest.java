package org.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.analysis.input.AreaCounts;
import org.strata.ingest.ons.OnsCspReader;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;

class PublishedTotalsTest {
  private static final String TOTAL = "Total recorded crime (excluding fraud)";
  private static final Period YEAR = Period.parse("2024-07..2025-06");
  @TempDir Path tmp;

  private static Path p1() throws URISyntaxException {
    return Path.of(PublishedTotalsTest.class.getResource("/org/strata/ingest/ons/p1_small.csv").toURI());
  }

  private static void load(DuckDbStore s, Path file, String hash) {
    new RecordLoader(s).loadOffenceCounts(new RecordLoader.SourceFile("ons-csp", file.toString(), hash, 1),
        new OnsCspReader(s.areas()).read(file, null));
  }

  @Test
  void publishedEnglandAndWalesTotalWinsAndStatesBritishTransportPolice() throws Exception {
    try (DuckDbStore s = DuckDbStore.inMemory()) {
      load(s, p1(), "p1");
      AreaCounts ew = new CountQuery(s).counts(s.areas().englandAndWales(), Taxonomy.ONS, YEAR).orElseThrow();
      assertThat(ew.published()).isTrue();
      assertThat(ew.counts()).containsEntry(TOTAL, 5_287_312L);
      assertThat(ew.note()).isEqualTo("published 5,287,312 includes British Transport Police, 83,163");
      AreaCounts region = new CountQuery(s).counts(s.areas().requireArea("E12000005"), Taxonomy.ONS, YEAR).orElseThrow();
      assertThat(region.published()).isTrue();
      assertThat(region.counts()).containsEntry(TOTAL, 560_000L).containsEntry("All other theft offences", 40_000L)
          .containsEntry("Death or serious injury caused by illegal driving", 80L);
    }
  }

  @Test
  void aForceTotalInBothTableC2AndTableP1CountsOnce() throws Exception {
    Path c2 = tmp.resolve("c2.csv");
    Files.writeString(c2, "\"Table C2: Number of police recorded crimes, year ending June 2025\"\n"
        + "Police Force Area code,Police Force Area name,Community Safety Partnership code,"
        + "Community Safety Partnership name,Local Authority code,Local Authority name,"
        + "Total recorded crime (excluding fraud)\n"
        + "E23000015,Staffordshire,,,,,\"79,000\"\n"
        + "E23000015,Staffordshire,E22000263,Cannock Chase,E07000192,Cannock Chase,\"7,630\"\n");
    try (DuckDbStore s = DuckDbStore.inMemory()) {
      load(s, c2, "c2");
      load(s, p1(), "p1");
      AreaCounts force = new CountQuery(s).counts(s.areas().requireArea("E23000015"), Taxonomy.ONS, YEAR).orElseThrow();
      assertThat(force.counts()).containsEntry(TOTAL, 79_000L);
      assertThat(force.published()).isTrue();
    }
  }

  @Test
  void aBulletinYearAndTheQuartersOfTheSameMonthsAreNeverAddedTogether() throws Exception {
    Path c2 = tmp.resolve("c2.csv");
    Files.writeString(c2, "\"Table C2: Number of police recorded crimes, year ending March 2024\"\n"
        + "Police Force Area code,Police Force Area name,Community Safety Partnership code,"
        + "Community Safety Partnership name,Local Authority code,Local Authority name,"
        + "Total recorded crime (excluding fraud)\n"
        + "E23000015,Staffordshire,E22000263,Cannock Chase,E07000192,Cannock Chase,500\n");
    Path open = tmp.resolve("open.csv");
    StringBuilder rows = new StringBuilder("Financial Year,Financial Quarter,Police Force,CSP Name,Offence Group,"
        + "Offence Subgroup,Offence Count\n");
    for (int q = 1; q <= 4; q++) {
      rows.append("2023/24,").append(q).append(",Staffordshire,Cannock Chase,Theft offences,Shoplifting,120\n");
    }
    Files.writeString(open, rows.toString());
    try (DuckDbStore s = DuckDbStore.inMemory()) {
      load(s, c2, "c2");
      load(s, open, "open");
      CountQuery q = new CountQuery(s);
      AreaCounts year = q.counts(s.areas().requireArea("E07000192"), Taxonomy.ONS, Period.parse("2023-24")).orElseThrow();
      assertThat(year.counts()).containsEntry(TOTAL, 500L);
      AreaCounts half = q.counts(s.areas().requireArea("E07000192"), Taxonomy.ONS, Period.parse("2023-10..2024-03"))
          .orElseThrow();
      assertThat(half.counts()).containsEntry(TOTAL, 240L).containsEntry("Shoplifting", 240L);
    }
  }
}
