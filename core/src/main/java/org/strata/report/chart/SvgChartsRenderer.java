package org.strata.report.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strata.report.doc.Figure;
import org.strata.report.doc.ReportDocument;
import org.strata.report.doc.ReportRenderer;

/** Writes every chart and map of the document to {@code charts/<id>.svg}, for slides and the web. */
public final class SvgChartsRenderer implements ReportRenderer {
  @Override
  public List<Path> render(ReportDocument document, Path dir) throws IOException {
    Path charts = Files.createDirectories(dir.resolve("charts"));
    List<Path> out = new ArrayList<>();
    for (Figure f : document.figures()) {
      Path p = charts.resolve(f.id() + ".svg");
      Files.writeString(p, f.svg(), StandardCharsets.UTF_8);
      out.add(p);
    }
    return out;
  }
}
