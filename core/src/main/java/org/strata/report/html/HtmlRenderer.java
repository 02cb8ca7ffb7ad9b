package org.strata.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.strata.report.doc.Block;
import org.strata.report.doc.Cover;
import org.strata.report.doc.DataTable;
import org.strata.report.doc.Figure;
import org.strata.report.doc.ReportDocument;
import org.strata.report.doc.ReportRenderer;
import org.strata.report.doc.Section;

/**
 * Writes {@code assessment.html}: cover, contents and sections, SVG figures inline and the logo as
 * a data URI, so the one file can be mailed, opened offline and printed. The PDF renderer uses the
 * same markup with its paged-media style sheet.
 */
public final class HtmlRenderer implements ReportRenderer {
  @Override
  public List<Path> render(ReportDocument document, Path dir) throws IOException {
    Path p = dir.resolve("assessment.html");
    Files.writeString(p, html(document, false), StandardCharsets.UTF_8);
    return List.of(p);
  }

  /** The document as HTML; {@code paged} adds the style sheet for print to PDF. */
  public static String html(ReportDocument d, boolean paged) {
    StringBuilder h = new StringBuilder(256 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
        .append(esc(d.cover().title())).append("</title><style>").append(css("report.css"));
    if (paged) {
      h.append(css("pdf.css").replace("var(--title)", "\"" + d.cover().title().replace("\"", "'") + "\""));
    }
    h.append("</style></head><body>\n");
    cover(h, d.cover());
    contents(h, d);
    for (Section s : d.sections()) {
      section(h, s);
    }
    return h.append("</body></html>\n").toString();
  }

  private static void cover(StringBuilder h, Cover c) {
    h.append("<div class=\"cover\">");
    if (c.logo() != null) {
      h.append("<img alt=\"").append(esc(c.organisation())).append(" logo\" src=\"data:").append(c.logoType())
          .append(";base64,").append(Base64.getEncoder().encodeToString(c.logo())).append("\"/>");
    }
    h.append("<p class=\"org\">").append(esc(c.organisation())).append("</p>")
        .append("<h1 class=\"title\">").append(esc(c.title())).append("</h1>")
        .append("<p class=\"subtitle\">").append(esc(c.subtitle())).append("</p>")
        .append("<p class=\"issued\">Issued ").append(esc(c.issued())).append("</p>");
    if (c.synthetic()) {
      h.append("<p class=\"note synthetic\">SYNTHETIC DATA: generated for demonstration; no number here describes a real place.</p>");
    }
    h.append("</div>\n");
  }

  private static void contents(StringBuilder h, ReportDocument d) {
    h.append("<nav class=\"contents\"><h2>Contents</h2><ol>");
    for (Section s : d.sections()) {
      h.append("<li class=\"l").append(s.level()).append("\"><a href=\"#").append(s.id()).append("\">")
          .append(esc(s.title())).append("</a></li>");
    }
    h.append("</ol></nav>\n");
  }

  private static void section(StringBuilder h, Section s) {
    h.append("<section id=\"").append(s.id()).append("\" class=\"l").append(s.level()).append("\"><h").append(s.level())
        .append(">").append(esc(s.title())).append("</h").append(s.level()).append(">\n");
    for (Block b : s.blocks()) {
      block(h, b, s.level() + 1);
    }
    h.append("</section>\n");
  }

  private static void block(StringBuilder h, Block b, int sub) {
    if (b instanceof Block.Paragraph p) {
      h.append("<p>").append(esc(p.text())).append("</p>\n");
    } else if (b instanceof Block.Bullets l) {
      h.append("<ul>");
      l.items().forEach(i -> h.append("<li>").append(esc(i)).append("</li>"));
      h.append("</ul>\n");
    } else if (b instanceof Block.Subheading s) {
      int n = Math.min(4, sub);
      h.append("<h").append(n).append(">").append(esc(s.text())).append("</h").append(n).append(">\n");
    } else if (b instanceof Block.Note n) {
      h.append("<p class=\"note").append(n.text().startsWith("Synthetic") ? " synthetic" : "").append("\">")
          .append(esc(n.text())).append("</p>\n");
    } else if (b instanceof Block.Table t) {
      table(h, t.table());
    } else if (b instanceof Block.Picture f) {
      figure(h, f.figure());
    }
  }

  private static void table(StringBuilder h, DataTable t) {
    h.append("<table><caption>").append(esc(t.title())).append("</caption><thead><tr>");
    t.columns().forEach(c -> h.append("<th scope=\"col\">").append(esc(c.header())).append("</th>"));
    h.append("</tr></thead><tbody>");
    for (int r = 0; r < t.documentRows(); r++) {
      h.append("<tr>");
      for (int c = 0; c < t.columns().size(); c++) {
        DataTable.Kind k = t.columns().get(c).kind();
        String cls = t.columns().get(c).header().equals("SHA-256") ? " class=\"hash\"" : k == DataTable.Kind.TEXT ? "" : " class=\"n\"";
        h.append("<td").append(cls).append(">").append(esc(t.text(r, c))).append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</tbody></table><p class=\"source\">").append(esc((t.shortenedNote() + " " + t.source()).strip())).append("</p>\n");
  }

  private static void figure(StringBuilder h, Figure f) {
    h.append("<figure id=\"figure-").append(f.id()).append("\" role=\"img\" aria-label=\"").append(esc(f.alt())).append("\">")
        .append(f.svgElement()).append("</figure>\n");
  }

  static String css(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String esc(String s) {
    return Entities.escape(s);
  }
}
