package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void refusesAFolderGivenAsTheStore() {
    CliRunner r = CliRunner.run("areas", "--db", dir.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("store " + dir + ": expected a DuckDB file, found a folder");
  }
}
