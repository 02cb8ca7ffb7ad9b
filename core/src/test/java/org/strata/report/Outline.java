package org.strata.report;

import org.strata.report.doc.Block;
import org.strata.report.doc.DataTable;
import org.strata.report.doc.ReportDocument;
import org.strata.report.doc.Section;

/** A plain-text outline of a document for golden files: headings, every sentence, table and figure specs. */
final class Outline {
  private Outline() {}

  static String of(ReportDocument d) {
    StringBuilder s = new StringBuilder();
    s.append("COVER ").append(d.cover().title()).append(" | ").append(d.cover().subtitle()).append(" | ")
        .append(d.cover().organisation()).append(" | ").append(d.cover().issued()).append('\n');
    for (Section sec : d.sections()) {
      s.append('\n').append("#".repeat(sec.level())).append(' ').append(sec.title()).append(" {").append(sec.id()).append("}\n");
      for (Block b : sec.blocks()) {
        if (b instanceof Block.Paragraph p) {
          s.append(p.text()).append('\n');
        } else if (b instanceof Block.Bullets l) {
          l.items().forEach(i -> s.append("- ").append(i).append('\n'));
        } else if (b instanceof Block.Subheading h) {
          s.append("### ").append(h.text()).append('\n');
        } else if (b instanceof Block.Note n) {
          s.append("> ").append(n.text()).append('\n');
        } else if (b instanceof Block.Table t) {
          DataTable x = t.table();
          s.append("[table ").append(x.id()).append(": ").append(x.title()).append(", ").append(x.rows().size()).append(" rows]\n");
        } else if (b instanceof Block.Picture f) {
          s.append("[figure ").append(f.figure().id()).append(": ").append(String.join("; ", f.figure().spec())).append("]\n");
        }
      }
    }
    return s.toString();
  }
}
