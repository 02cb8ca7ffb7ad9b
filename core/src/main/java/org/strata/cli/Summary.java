package org.strata.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.strata.store.LoadOutcome;

/** Totals of a load, printed after it: files, rows read, loaded and rejected, and speed. */
record Summary(int files, int skipped, long read, long loaded, long rejected) {
  static Summary of(List<LoadOutcome> outcomes, PrintWriter out) {
    int files = 0;
    int skipped = 0;
    long read = 0;
    long loaded = 0;
    long rejected = 0;
    for (LoadOutcome o : outcomes) {
      if (o.skipped()) {
        skipped++;
        out.println("skipped " + o.source() + ": " + o.note());
        continue;
      }
      files++;
      read += o.rowsRead();
      loaded += o.rowsLoaded();
      rejected += o.rowsRejected();
      if (o.rowsRejected() > 0 || !o.note().isEmpty()) {
        out.println(String.format(Locale.ROOT, "%s: read %,d, loaded %,d, rejected %,d%s", o.source(),
            o.rowsRead(), o.rowsLoaded(), o.rowsRejected(), o.note().isEmpty() ? "" : "; " + o.note()));
      }
    }
    return new Summary(files, skipped, read, loaded, rejected);
  }

  void print(PrintWriter out, long nanos) {
    double s = nanos / 1e9;
    out.println(String.format(Locale.ROOT,
        "loaded %d file(s), skipped %d already loaded: rows read %,d = loaded %,d + rejected %,d"
            + " (%.1f s, %,.0f rows/s)%s",
        files, skipped, read, loaded, rejected, s, s > 0 ? read / s : 0.0,
        rejected > 0 ? "; see strata rejects" : ""));
    out.flush();
  }
}
