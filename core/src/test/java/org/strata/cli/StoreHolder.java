package org.strata.cli;

import java.nio.file.Path;
import org.strata.store.DuckDbStore;

/**
 * Run in a child JVM by {@link StoreLockTest}: opens a store for writing as an ingest does, prints
 * "holding", and keeps the write lock until its standard input closes.
 */
final class StoreHolder {
  private StoreHolder() {}

  public static void main(String[] args) throws Exception {
    try (DuckDbStore s = DuckDbStore.open(Path.of(args[0]))) {
      System.out.println("holding");
      System.out.flush();
      while (System.in.read() != -1) {
        // Hold until the parent closes our input (or dies).
      }
    }
  }
}
