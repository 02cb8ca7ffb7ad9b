package org.strata.cli;

import picocli.CommandLine;

/** Entry point of the {@code strata} command. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(StrataCommand.commandLine().execute(args));
  }
}
