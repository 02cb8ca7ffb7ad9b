package org.strata.web;

import java.util.ArrayList;
import java.util.List;
import org.strata.analysis.input.SourceFileInfo;
import org.strata.store.ProvenanceQuery;

/** Data and provenance: every file the store holds, with its hash and rows read, loaded and refused. */
final class DataPage {
  private DataPage() {}

  static String render(String storeName, int areas, List<SourceFileInfo> files, List<ProvenanceQuery.Rejected> rejects) {
    Html h = new Html();
    h.raw("<h1 class=\"govuk-heading-l\">Data and sources</h1>");
    h.raw(Parts.paragraph("This dashboard reads the store " + storeName + " without changing it. It holds data for "
        + areas + " areas. Every row read from a source file was either loaded or refused with a reason:"
        + " nothing is silently lost."));
    List<List<String>> rows = new ArrayList<>();
    for (SourceFileInfo f : files) {
      rows.add(List.of(Html.escape(Fmt.fileName(f.path())),
          Html.escape(f.kind()), Html.escape(f.period()), Fmt.count(f.rowsRead()), Fmt.count(f.rowsLoaded()),
          Fmt.count(f.rowsRejected()), Html.escape(f.loadedAt()),
          "<span class=\"strata-hash\">" + Html.escape(f.sha256().substring(0, Math.min(12, f.sha256().length()))) + "</span>"));
    }
    h.raw("<h2 class=\"govuk-heading-m\">Files loaded</h2>");
    Layout.table(h, files.size() + " source files", List.of("File", "Kind", "Period", "Rows read", "Loaded",
        "Refused", "Loaded at", "SHA-256 (start)"), rows, 3);
    if (!rejects.isEmpty()) {
      List<List<String>> r = new ArrayList<>();
      for (ProvenanceQuery.Rejected x : rejects) {
        r.add(List.of(Html.escape(Fmt.fileName(x.path())),
            Fmt.count(x.line()), Html.escape(x.reason())));
      }
      h.raw("<h2 class=\"govuk-heading-m\">Rows refused</h2>");
      Layout.table(h, "The first " + rejects.size() + " refused rows", List.of("File", "Line", "Reason"), r, 1);
    }
    h.raw("<h2 class=\"govuk-heading-m\">Method</h2>");
    h.raw(Parts.paragraph("Rates are per 1,000 residents using ONS mid-year population estimates. Changes are"
        + " tested with an exact conditional Poisson test; small counts are flagged as volatile rather than over-read."
        + " ONS and police.uk categories are never mixed: every figure names its taxonomy."));
    return Layout.page("Data and sources", "/data", List.of(), h.toString());
  }
}
