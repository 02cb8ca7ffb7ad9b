package org.strata.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strata demo}: generates the synthetic data set, loads it and writes one CSP's report. */
@Command(name = "demo", description = "Generate synthetic data, load it and write a report.", mixinStandardHelpOptions = true)
final class DemoCommand implements Runnable {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "strata-demo", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().println("demo: not yet");
  }
}
