package org.strata.report.doc;

import java.util.List;

/**
 * The whole strategic assessment as a format-neutral document: a cover and sections in reading
 * order. HTML, PDF, Word and the spreadsheet are all written from it, so they say the same thing.
 */
public record ReportDocument(Cover cover, List<Section> sections) {
  /** Copies the sections. */
  public ReportDocument {
    sections = List.copyOf(sections);
  }

  /** Every table of the document, in reading order. */
  public List<DataTable> tables() {
    return sections.stream().flatMap(s -> s.tables().stream()).toList();
  }

  /** Every figure of the document, in reading order. */
  public List<Figure> figures() {
    return sections.stream().flatMap(s -> s.figures().stream()).toList();
  }
}
