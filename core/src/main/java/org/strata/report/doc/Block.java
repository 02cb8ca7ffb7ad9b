package org.strata.report.doc;

import java.util.List;

/** One piece of a section's body: a paragraph, a list, a sub-heading, a note, a table or a figure. */
public sealed interface Block {
  /** A paragraph of plain text. */
  record Paragraph(String text) implements Block {}

  /** A bulleted list; each item is plain text. */
  record Bullets(List<String> items) implements Block {
    /** Copies the list. */
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /** A heading inside a section, below the section's own level. */
  record Subheading(String text) implements Block {}

  /** A highlighted note: "no data", a caveat, an analyst's remark. */
  record Note(String text) implements Block {}

  /** A table of numbers. */
  record Table(DataTable table) implements Block {}

  /** A chart or map. */
  record Picture(Figure figure) implements Block {}
}
