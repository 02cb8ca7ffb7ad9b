package org.strata.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option every command takes. */
final class StoreOption {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "DuckDB store file (default: ${DEFAULT-VALUE})",
      defaultValue = "strata.duckdb")
  Path db;
}
