package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Analyst;
import org.strata.analysis.Assessment;
import org.strata.analysis.Finding;
import org.strata.cli.config.AssessmentConfigReader;
import org.strata.demo.DemoFiles;
import org.strata.demo.DemoGenerator;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.reference.Taxonomy;
import org.strata.report.FindingInvariants;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;
import org.strata.store.PoliceUkLoader;

/** The demo store's assessment, loaded as the demo command loads it, keeps every finding invariant. */
class DemoInvariantTest {
  @TempDir Path dir;

  @Test
  void theDemoAssessmentGivesEachSubjectOneDirectionAndEverySentenceACapital() {
    DemoFiles files = new DemoGenerator(DemoGenerator.SEED).generate(dir);
    try (DuckDbStore s = DuckDbStore.open(dir.resolve("strata.duckdb"))) {
      s.markSynthetic();
      RecordSources.load("areas", files.geography(), null, null, s);
      RecordSources.load("population", files.population(), null, null, s);
      RecordSources.load("ons-csp", files.onsTable(), null, null, s);
      RecordSources.load("survey", files.survey(), null, null, s);
      try (PoliceUkScan scan = PoliceUkScanner.scan(List.of(files.policeUk()))) {
        new PoliceUkLoader(s).load(scan.files());
      }
      AnalysisSettings settings = AssessmentConfigReader.read(files.config()).settings();
      Assessment a = new Analyst(OffenceTaxonomy.load(), settings).assess(new AssessmentInputQuery(s)
          .gather(files.subjectCode(), Period.parse(files.period()), settings.peers(), settings.peerCount()));
      FindingInvariants.check(a);
      // Theft from the person (72 against 52, p = 0.088) is one early signal, never also "unchanged".
      assertThat(a.findings(Finding.Trend.class)).filteredOn(f -> f.category().equals("Theft from the person")
          && f.subject().taxonomy() == Taxonomy.ONS).hasSize(1)
          .allSatisfy(f -> assertThat(f.judgement().signal()).isTrue());
      // Stoke Edge is one district of a two-district CSP, which ONS counts only as a whole.
      assertThat(a.caveats()).contains("Peer Stoke Edge (E07999905) is left out of the peer group's ONS figures: the"
          + " store holds no such counts for it for 2024-25");
    }
  }
}
