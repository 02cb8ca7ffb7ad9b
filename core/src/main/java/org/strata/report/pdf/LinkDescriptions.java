package org.strata.report.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Gives every link annotation the alternate description PDF/UA requires ({@code /Contents}, ISO
 * 32000-1 14.9.3): the words the link covers on the page, e.g. "Executive summary, page 3".
 * openhtmltopdf tags links but leaves this key empty.
 */
final class LinkDescriptions {
  private LinkDescriptions() {}

  static void add(PDDocument pdf) throws IOException {
    for (PDPage page : pdf.getPages()) {
      List<PDAnnotationLink> links = page.getAnnotations().stream()
          .filter(a -> a instanceof PDAnnotationLink && a.getContents() == null)
          .map(a -> (PDAnnotationLink) a).toList();
      if (links.isEmpty()) {
        continue;
      }
      PDFTextStripperByArea stripper = new PDFTextStripperByArea();
      float height = page.getMediaBox().getHeight();
      for (int i = 0; i < links.size(); i++) {
        PDRectangle r = links.get(i).getRectangle();
        stripper.addRegion("link" + i, new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
            r.getWidth(), r.getHeight()));
      }
      stripper.extractRegions(page);
      for (int i = 0; i < links.size(); i++) {
        links.get(i).setContents(describe(stripper.getTextForRegion("link" + i)));
      }
    }
  }

  /**
   * The link's words without the contents page's dot leaders: "Executive summary .......... 3" becomes
   * "Go to Executive summary, page 3", a leader and page number alone "Go to page 3".
   */
  static String describe(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    String out = t.replaceFirst("^(.*?)[ .]*\\.{3,}[ .]*(\\d+)$", "$1, page $2").replaceAll("\\.{3,}", " ").strip();
    if (out.startsWith(", page ")) {
      out = out.substring(2);
    }
    return out.isEmpty() ? "Link" : String.format(Locale.ROOT, "Go to %s", out);
  }
}
