package org.strata.cli;

import java.io.PrintWriter;
import org.strata.common.UsageException;
import org.strata.store.DuckDbStore;
import org.strata.store.ProvenanceQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata rejects}: rows refused at load, with file, line and reason. */
@Command(name = "rejects", description = "Rows refused at load: file, line, reason, raw text.", mixinStandardHelpOptions = true)
final class RejectsCommand implements Runnable {
  @Mixin StoreOption store;

  @Mixin LockWaitOption lockWait;

  @Option(names = "--limit", defaultValue = "100", description = "at most this many rows (default: ${DEFAULT-VALUE})")
  int limit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      throw new UsageException("--limit " + limit + ": expected a number of rows, 1 or more");
    }
    try (DuckDbStore s = StoreAccess.openForReading(store.db, lockWait.seconds(), spec.commandLine().getErr())) {
      var rows = new ProvenanceQuery(s).rejects(limit);
      if (rows.isEmpty()) {
        out.println("no rejected rows");
      }
      for (var r : rows) {
        out.println(r.path() + ":" + r.line() + ": " + r.reason());
        out.println("    " + (r.raw() == null ? "" : r.raw().strip()));
      }
    }
    out.flush();
  }
}
