package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.SharedFixtures;
import org.strata.report.pdf.PdfUa;

/**
 * The PDFs users get, validated against PDF/UA-1 with veraPDF: the demo's, and a report from the real
 * Table C2 and mid-year estimates with the district boundaries map. Any failed rule fails the build.
 */
class PdfUaConformanceIT {
  @TempDir Path dir;

  @Test
  void demoPdfPassesPdfUa1() throws Exception {
    Path out = dir.resolve("demo");
    CliRunner r = CliRunner.run("demo", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    PdfUa v = PdfUa.validate(out.resolve("assessment.pdf"));
    assertThat(v.failures()).isEmpty();
    assertThat(v.rules()).isEqualTo(106);
  }

  @Test
  void realTableC2ReportPdfPassesPdfUa1() throws Exception {
    Path c2 = SharedFixtures.require("ons/table_c2_csp_headline_offences_ye_june_2025.csv");
    Path mye = SharedFixtures.require("population/mye4_population_timeseries_mid2011_mid2023_lad.csv");
    Path boundaries = SharedFixtures.require("boundaries/lad_may2024_uk_bgc.topojson");
    String db = dir.resolve("s.duckdb").toString();
    assertThat(CliRunner.run("ingest", "ons-csp", c2.toString(), "--db", db).exit()).isZero();
    assertThat(CliRunner.run("ingest", "population", mye.toString(), "--db", db).exit()).isZero();
    Path out = dir.resolve("cannock");
    CliRunner r = CliRunner.run("report", "--db", db, "--area", "Cannock Chase", "--period", "2024-07..2025-06",
        "--boundaries", boundaries.toString(), "--format", "pdf", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    PdfUa v = PdfUa.validate(out.resolve("assessment.pdf"));
    assertThat(v.failures()).isEmpty();
    assertThat(v.rules()).isEqualTo(106);
  }
}
