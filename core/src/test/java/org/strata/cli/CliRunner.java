package org.strata.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process and keeps exit code, stdout and stderr. */
public record CliRunner(int exit, String out, String err) {
  /** Runs the command with these arguments. */
  public static CliRunner run(String... args) {
    CommandLine cl = StrataCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new CliRunner(exit, out.toString(), err.toString());
  }
}
