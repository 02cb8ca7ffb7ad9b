package org.strata.cli;

import java.io.PrintWriter;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code strata} command and its exit-code rules. */
@Command(
    name = "strata",
    mixinStandardHelpOptions = true,
    version = "strata 0.1.0",
    description = "Strategic Assessments for Community Safety Partnerships, from public data.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      AreasCommand.class,
      RejectsCommand.class,
      ReportCommand.class,
      BatchCommand.class,
      ServeCommand.class,
    })
public final class StrataCommand implements Runnable {
  /** Exit code for refused input (a file whose structure is wrong). */
  public static final int EXIT_BAD_INPUT = 1;
  /** Exit code for a request the user can correct. */
  public static final int EXIT_USAGE = 2;
  /** Exit code for other failures. */
  public static final int EXIT_FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line with Strata's error handling: one line on stderr, stack traces with -v. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new StrataCommand());
    cl.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          PrintWriter err = line.getErr();
          boolean verbose = System.getenv("STRATA_VERBOSE") != null;
          err.println(message(ex));
          if (verbose) {
            ex.printStackTrace(err);
          }
          err.flush();
          return exitCode(ex);
        });
    return cl;
  }

  static String message(Throwable ex) {
    if (ex instanceof AppException) {
      return ex.getMessage();
    }
    return "strata: unexpected error: " + ex + " (set STRATA_VERBOSE=1 for details)";
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof BadInputException) {
      return EXIT_BAD_INPUT;
    }
    if (ex instanceof UsageException) {
      return EXIT_USAGE;
    }
    return EXIT_FAILURE;
  }
}
