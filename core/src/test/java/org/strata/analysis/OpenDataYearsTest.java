package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.ingest.ons.HomeOfficeOpenDataFixtures;
import org.strata.ingest.ons.OnsCspReader;
import org.strata.analysis.input.Role;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;
import org.strata.store.RecordLoader;

/** A Home Office open data workbook with two year sheets, loaded and assessed. */
class OpenDataYearsTest {
  private static final String TOTAL = "Total recorded crime (excluding fraud)";
  @TempDir Path tmp;

  @Test
  void twoYearSheetsGiveASeriesAChangeWithItsTestAndTheForceDirection() throws Exception {
    Path ods = HomeOfficeOpenDataFixtures.paddedOds(tmp.resolve("prc-csp-mar2023-mar2024-tables.ods"));
    try (DuckDbStore s = DuckDbStore.inMemory()) {
      OnsCspReader.Outcome read = new OnsCspReader(s.areas()).readWithSource(ods, null);
      new RecordLoader(s).loadOffenceCounts(new RecordLoader.SourceFile("ons-csp", ods.toString(), "h", 1),
          read.result(), read.note());
      Assessment a = new Analyst(OffenceTaxonomy.load(), AnalysisSettings.builder().peers(List.of(), 0).build())
          .assess(new AssessmentInputQuery(s).gather("Cannock Chase", Period.parse("2023-24"), List.of(), 0));
      assertThat(a.series()).filteredOn(p -> p.category().equals(TOTAL))
          .extracting(SeriesPoint::role, SeriesPoint::period, SeriesPoint::count)
          .contains(tuple(Role.SUBJECT, "2022-23", 520L), tuple(Role.SUBJECT, "2023-24", 480L),
              tuple(Role.POLICE_FORCE_AREA, "2022-23", 648L), tuple(Role.POLICE_FORCE_AREA, "2023-24", 608L));
      Finding.Trend trend = a.findings(Finding.Trend.class).stream().filter(f -> f.category().equals(TOTAL))
          .findFirst().orElseThrow();
      assertThat(trend.changePct()).isCloseTo(-7.69, org.assertj.core.data.Offset.offset(0.01));
      assertThat(trend.judgement().direction()).isEqualTo(Direction.STABLE);
      assertThat(trend.judgement().significance().significant()).isFalse();
      assertThat(a.sources()).extracting(s2 -> s2.note()).containsExactly("Updated: 23 July 2026; Force notes:"
          + " Staffordshire: offences in Cannock Chase for 2022/23 quarter 1 were recorded under Unassigned Staffordshire.");
    }
  }
}
