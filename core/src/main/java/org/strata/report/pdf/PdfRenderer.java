package org.strata.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.strata.report.doc.FigureData;
import org.strata.report.doc.Section;
import org.strata.report.doc.ReportDocument;
import org.strata.report.doc.ReportRenderer;
import org.strata.report.html.HtmlRenderer;

/**
 * Writes {@code assessment.pdf} from the HTML with the paged-media style sheet: A4, the bundled
 * DejaVu Sans embedded (so the file looks the same on every machine), "Page n of m" in the footer
 * and page numbers in the contents.
 */
public final class PdfRenderer implements ReportRenderer {
  static final String FONTS = "/org/strata/report/fonts/";

  /** Held so the level set below is not lost when the logger is collected. */
  private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

  static {
    // The engines' progress chatter ("Loading font …", fallback fonts for list bullets) is not for
    // users of a command-line tool; real failures still surface as exceptions.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    PDFBOX.setLevel(java.util.logging.Level.SEVERE);
  }

  @Override
  public List<Path> render(ReportDocument document, Path dir) throws IOException {
    Path p = dir.resolve("assessment.pdf");
    try (OutputStream out = Files.newOutputStream(p)) {
      write(document, out);
    }
    return List.of(p);
  }

  /**
   * Writes the PDF to a stream: tagged PDF/UA-1 (structure tree from the HTML, document language,
   * title shown in the title bar, bookmarks from the headings, figures with alternative text) with
   * every link described.
   */
  public static void write(ReportDocument document, OutputStream out) throws IOException {
    org.jsoup.nodes.Document html = Jsoup.parse(HtmlRenderer.html(document, true));
    bookmarks(html, FigureData.withData(document));
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.usePdfUaAccessbility(true);
    font(b, "DejaVuSans.ttf", 400);
    font(b, "DejaVuSans-Bold.ttf", 700);
    b.useSVGDrawer(new BatikSVGDrawer());
    b.withW3cDocument(new W3CDom().fromJsoup(html), "about:blank");
    // The document is finished in memory and saved once, with the link descriptions added: no
    // second serialisation and parse (a third of the PDF's allocation and time in a batch).
    try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
      renderer.createPDFWithoutClosing();
      PDDocument pdf = renderer.getPdfDocument();
      LinkDescriptions.add(pdf);
      pdf.save(out);
    }
  }

  /** openhtmltopdf's bookmarks element: chapters with their sections nested, in reading order. */
  private static void bookmarks(org.jsoup.nodes.Document html, List<Section> sections) {
    Element root = html.head().appendElement("bookmarks");
    Element chapter = root;
    for (Section s : sections) {
      Element parent = s.level() == 1 || chapter == root ? root : chapter;
      Element b = parent.appendElement("bookmark").attr("name", s.title()).attr("href", "#" + s.id());
      if (s.level() == 1) {
        chapter = b;
      }
    }
  }

  private static void font(PdfRendererBuilder b, String file, int weight) {
    b.useFont(() -> open(file), "DejaVu Sans", weight, FontStyle.NORMAL, true);
  }

  private static InputStream open(String file) {
    InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("missing bundled font " + FONTS + file);
    }
    return in;
  }
}
