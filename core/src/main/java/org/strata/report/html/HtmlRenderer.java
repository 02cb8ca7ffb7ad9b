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
import org.strata.report.doc.Cover;
import org.strata.report.doc.FigureData;
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

  /**
   * The document as HTML; {@code paged} adds the style sheet for print to PDF, the {@code alt}
   * attribute openhtmltopdf tags figures with, and the figures' data as an appendix section (the web
   * page shows each figure's data beside it instead).
   */
  public static String html(ReportDocument d, boolean paged) {
    StringBuilder h = new StringBuilder(256 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
        .append(esc(d.cover().title())).append("</title>")
        .append("<meta name=\"subject\" content=\"").append(esc(d.cover().subtitle())).append("\"/>")
        .append("<meta name=\"author\" content=\"").append(esc(d.cover().organisation())).append("\"/>")
        .append("<meta name=\"description\" content=\"").append(esc(d.cover().title() + ": " + d.cover().subtitle()))
        .append("\"/><style>").append(css("report.css"));
    if (paged) {
      h.append(css("pdf.css").replace("var(--title)", "\"" + d.cover().title().replace("\"", "'") + "\""));
    }
    h.append("</style></head><body>\n");
    cover(h, d.cover());
    List<Section> sections = paged ? FigureData.withData(d) : d.sections();
    contents(h, sections);
    h.append("<main>\n");
    HtmlBlocks blocks = new HtmlBlocks(h, d.figures(), paged);
    for (Section s : sections) {
      blocks.section(s);
    }
    return h.append("</main></body></html>\n").toString();
  }

  private static void cover(StringBuilder h, Cover c) {
    h.append("<header class=\"cover\">");
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
    h.append("</header>\n");
  }

  private static void contents(StringBuilder h, List<Section> sections) {
    h.append("<nav class=\"contents\" aria-labelledby=\"contents-title\"><h2 id=\"contents-title\">Contents</h2><ol>");
    for (Section s : sections) {
      h.append("<li class=\"l").append(s.level()).append("\"><a href=\"#").append(s.id()).append("\" title=\"")
          .append(esc(s.title())).append("\">")
          .append(esc(s.title())).append("</a></li>");
    }
    h.append("</ol></nav>\n");
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
