package org.strata.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.strata.store.AreaQuery;
import org.strata.store.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata areas}: the areas the store holds data for, with level, parent and population. */
@Command(name = "areas", description = "List areas with data: level, code, parent, latest population.", mixinStandardHelpOptions = true)
final class AreasCommand implements Runnable {
  @Mixin StoreOption store;

  @Mixin LockWaitOption lockWait;

  @Option(names = "--all", description = "list every reference area, with or without data")
  boolean all;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (DuckDbStore s = StoreAccess.openForReading(store.db, lockWait.seconds(), spec.commandLine().getErr())) {
      out.println(String.format(Locale.ROOT, "%-18s %-10s %-36s %-10s %12s %s", "level", "code", "name", "parent", "population", "data"));
      for (AreaQuery.AreaLine a : new AreaQuery(s).list(all)) {
        out.println(String.format(Locale.ROOT, "%-18s %-10s %-36s %-10s %12s %s", a.level(), a.code(), a.name(),
            a.parentCode() == null ? "" : a.parentCode(),
            a.population() == null ? "" : String.format(Locale.ROOT, "%,d (%d)", a.population(), a.populationYear()),
            a.data()));
      }
    }
    out.flush();
  }
}
