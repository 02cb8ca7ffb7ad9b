package org.strata.report.html;

import static org.strata.report.html.HtmlRenderer.esc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strata.report.doc.Block;
import org.strata.report.doc.DataTable;
import org.strata.report.doc.Figure;
import org.strata.report.doc.FigureData;
import org.strata.report.doc.Section;

/**
 * Writes sections as HTML: headings kept with what follows them on paper, tables with a header row
 * that repeats on every printed page, figures as images with alternative text and a numbered caption.
 */
final class HtmlBlocks {
  /** A word too long for a narrow column (a file name): such a cell may break inside words. */
  private static final java.util.regex.Pattern LONG_WORD = java.util.regex.Pattern.compile("\\S{25,}");
  private final StringBuilder h;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final boolean paged;

  HtmlBlocks(StringBuilder h, List<Figure> figures, boolean paged) {
    this.h = h;
    this.paged = paged;
    for (int i = 0; i < figures.size(); i++) {
      numbers.putIfAbsent(figures.get(i).id(), i + 1);
    }
  }

  void section(Section s) {
    h.append("<section id=\"").append(s.id()).append("\" class=\"l").append(s.level()).append("\">");
    List<Block> blocks = s.blocks();
    String heading = "<h" + s.level() + ">" + esc(s.title()) + "</h" + s.level() + ">\n";
    int i = keep(heading, blocks, 0);
    for (; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Block.Subheading sub) {
        int n = Math.min(4, s.level() + 1);
        i = keep("<h" + n + ">" + esc(sub.text()) + "</h" + n + ">\n", blocks, i + 1) - 1;
      } else {
        block(blocks.get(i));
      }
    }
    h.append("</section>\n");
  }

  /**
   * Writes a heading together with the block after it in one unbreakable group, so a heading never
   * ends a printed page; a table follows its heading freely (it may be longer than a page).
   * Returns the index of the first block not yet written.
   */
  private int keep(String heading, List<Block> blocks, int next) {
    boolean group = next < blocks.size() && !(blocks.get(next) instanceof Block.Table)
        && !(blocks.get(next) instanceof Block.Subheading);
    if (!group) {
      h.append(heading);
      return next;
    }
    h.append("<div class=\"keep\">").append(heading);
    block(blocks.get(next));
    h.append("</div>\n");
    return next + 1;
  }

  private void block(Block b) {
    if (b instanceof Block.Paragraph p) {
      h.append("<p>").append(esc(p.text())).append("</p>\n");
    } else if (b instanceof Block.Bullets l) {
      h.append("<ul>");
      l.items().forEach(i -> h.append("<li>").append(esc(i)).append("</li>"));
      h.append("</ul>\n");
    } else if (b instanceof Block.Subheading s) {
      h.append("<h4>").append(esc(s.text())).append("</h4>\n");
    } else if (b instanceof Block.Note n) {
      h.append("<p class=\"note").append(n.text().startsWith("Synthetic") ? " synthetic" : "").append("\">")
          .append(esc(n.text())).append("</p>\n");
    } else if (b instanceof Block.Table t) {
      table(t.table());
    } else if (b instanceof Block.Picture f) {
      figure(f.figure());
    }
  }

  private void table(DataTable t) {
    h.append("<table id=\"table-").append(esc(t.id())).append("\"><caption>").append(esc(t.title()))
        .append("</caption><thead><tr>");
    t.columns().forEach(c -> h.append("<th scope=\"col\">").append(esc(c.header())).append("</th>"));
    h.append("</tr></thead><tbody>");
    for (int r = 0; r < t.documentRows(); r++) {
      h.append("<tr>");
      for (int c = 0; c < t.columns().size(); c++) {
        DataTable.Kind k = t.columns().get(c).kind();
        String text = t.text(r, c);
        String cls = k == DataTable.Kind.HASH ? " class=\"hash\"" : k != DataTable.Kind.TEXT ? " class=\"n\""
            : LONG_WORD.matcher(text).find() ? " class=\"long\"" : "";
        h.append("<td").append(cls).append(">").append(esc(text)).append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</tbody></table><p class=\"source\">").append(esc((t.shortenedNote() + " " + t.source()).strip())).append("</p>\n");
  }

  /**
   * A figure: the SVG as one image named by its alternative text (PDF/UA {@code /Alt} comes from the
   * {@code alt} attribute), a numbered caption, and its data beside it on the web page or a pointer
   * to the appendix on paper.
   */
  private void figure(Figure f) {
    int n = numbers.getOrDefault(f.id(), 0);
    String alt = esc(f.alt());
    String svg = f.svgElement().replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + alt + "\""
        + (paged ? " alt=\"" + alt + "\"" : "") + " ");
    h.append("<figure id=\"figure-").append(f.id()).append("\">").append(svg)
        .append("<figcaption>").append(esc(FigureData.caption(n, f))).append('.');
    if (paged) {
      h.append(" Its numbers are in the appendix, <a href=\"#").append(FigureData.SECTION_ID)
          .append("\" title=\"Data behind the charts and maps\">Data behind the charts and maps</a>.");
    }
    h.append("</figcaption></figure>\n");
    if (!paged) {
      h.append("<details class=\"figure-data\"><summary>Figure ").append(n).append(": the numbers</summary>");
      table(FigureData.table(n, f));
      h.append("</details>\n");
    }
  }
}
