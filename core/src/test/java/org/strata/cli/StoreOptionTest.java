package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOptionTest {
  @TempDir Path dir;

  @Test
  void refusesACsvGivenAsTheStoreInsteadOfLoadingIntoNowhere() throws Exception {
    Path csv = dir.resolve("population.csv");
    String text = "area_code,area_name,year,persons\nE07000192,Cannock Chase,2023,102838\n";
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    CliRunner r = CliRunner.run("ingest", "population", csv.toString(), "--db", csv.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip())
        .isEqualTo("store " + csv + ": expected a DuckDB database made by strata, found a file of"
            + " another kind (give --db a new or existing .duckdb file)");
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(CliRunner.run("areas", "--db", csv.toString()).exit()).isEqualTo(StrataCommand.EXIT_USAGE);
  }

  @Test
  void readsAStoreThisUserCannotWrite() throws Exception {
    Path db = dir.resolve("shared.duckdb");
    assertThat(CliRunner.run("areas", "--db", db.toString()).exit()).isZero();
    assertThat(db.toFile().setWritable(false, false)).isTrue();
    Assumptions.assumeFalse(Files.isWritable(db), "running as root: every file is writable");
    try {
      CliRunner r = CliRunner.run("areas", "--all", "--db", db.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("E07000192");
    } finally {
      db.toFile().setWritable(true, false);
    }
  }

  @Test
  void refusesAFolderGivenAsTheStore() {
    CliRunner r = CliRunner.run("areas", "--db", dir.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("store " + dir + ": expected a DuckDB file, found a folder");
  }
}
