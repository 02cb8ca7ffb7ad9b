package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strata.analysis.input.Role;
import org.strata.ingest.ons.OnsCspReader;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;
import org.strata.ingest.population.PopulationReader;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;
import org.strata.store.PoliceUkLoader;
import org.strata.store.RecordLoader;

/** Real public data from ../shared/fixtures (skipped when absent). */
class AnalystFixturesTest {
  private static final Path FIXTURES = org.strata.SharedFixtures.DIR;

  @Test
  void cannockChaseRanksViolenceFirstByVolumeAndStatesItsShare() {
    Path c2 = FIXTURES.resolve("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
    Path mye4 = FIXTURES.resolve("population/mye4_population_timeseries_mid2011_mid2023_lad.csv");
    org.strata.SharedFixtures.requirePath(c2);
    org.strata.SharedFixtures.requirePath(mye4);
    try (DuckDbStore s = DuckDbStore.inMemory()) {
      RecordLoader loader = new RecordLoader(s);
      loader.loadOffenceCounts(new RecordLoader.SourceFile("ons-csp", c2.toString(), "c2", 1), new OnsCspReader().read(c2, null));
      loader.loadPopulation(new RecordLoader.SourceFile("population", mye4.toString(), "mye4", 1), new PopulationReader().read(mye4));
      AnalysisSettings settings = AnalysisSettings.builder().peers(List.of(), 5).build();
      Assessment a = new Analyst(OffenceTaxonomy.load(), settings).assess(
          new AssessmentInputQuery(s).gather("E07000192", Period.parse("2024-07..2025-06"), List.of(), 5));
      Finding.Composition first = a.findings(Finding.Composition.class).get(0);
      assertThat(first.category()).isEqualTo("Violence against the person");
      assertThat(first.rank()).isEqualTo(1);
      assertThat(first.count()).isEqualTo(3209L);
      assertThat(first.shareOfTotalPct()).isEqualTo(Findings.round(3209 * 100.0 / 7630));
      assertThat(a.findings(Finding.PartOfGroup.class)).anyMatch(f -> f.category().equals("Stalking and harassment")
          && f.shareOfParentPct() == Findings.round(1432 * 100.0 / 3209));
      assertThat(a.priorities().get(0).category()).isEqualTo("Violence against the person");
      assertThat(a.findings(Finding.Comparison.class)).anyMatch(f -> f.comparator().role() == Role.PEER_GROUP
          && f.caveats().stream().anyMatch(c -> c.contains("computed, not published") && !c.contains("computed: computed")));
      assertThat(a.findings(Finding.Comparison.class)).anyMatch(f -> f.comparator().role() == Role.ENGLAND_AND_WALES
          && f.category().equals("Total recorded crime (excluding fraud)") && f.position() == Finding.Position.LOWER);
    }
  }

  @Test
  void worcesterPlaceStatisticsFromWestMerciaMonths() {
    Path wm = FIXTURES.resolve("policeuk/west-mercia");
    org.strata.SharedFixtures.requirePath(wm);
    try (DuckDbStore s = DuckDbStore.inMemory(); PoliceUkScan scan = PoliceUkScanner.scan(List.of(wm))) {
      new PoliceUkLoader(s).load(scan.files());
      Assessment a = new Analyst(OffenceTaxonomy.load(), AnalysisSettings.defaults()).assess(
          new AssessmentInputQuery(s).gather("Worcester", Period.parse("2024-01..2024-04"), List.of(), 0));
      assertThat(a.places()).isNotEmpty();
      long all = a.places().stream().mapToLong(PlaceRow::count).sum();
      Finding.Concentration place = a.findings(Finding.Concentration.class).get(0);
      assertThat(place.lsoas()).isEqualTo(a.places().size());
      assertThat(place.incidents()).isEqualTo(all);
      assertThat(place.gini()).isBetween(0.0, 1.0);
      double share = place.topDecileSharePct();
      assertThat(share).isGreaterThan(10.0).isLessThanOrEqualTo(100.0);
      assertThat(a.places().get(0).lsoaName()).startsWith("Worcester");
    }
  }

  @Test
  void anUnknownPeerIsRefusedNotDropped() {
    try (DuckDbStore s = DuckDbStore.inMemory()) {
      AssessmentInputQuery q = new AssessmentInputQuery(s);
      Period p = Period.parse("2024-07..2025-06");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> q.gather("Cannock Chase", p, List.of("Stafford", "Atlantis"), 0))
          .isInstanceOf(org.strata.common.UsageException.class)
          .hasMessage("peers: expected a district or CSP name or GSS code, found \"Atlantis\" (see strata areas)");
    }
  }
}
