package org.strata.report.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the document's figures and gathers the data behind them into one appendix section, so a
 * printed or Word reader who cannot see a chart finds its numbers in a table.
 */
public final class FigureData {
  /** The id of the appendix section the figures' data go in. */
  public static final String SECTION_ID = "figure-data";

  private FigureData() {}

  /** Figure {@code n}'s caption line: "Figure 3. Recorded crime per 1,000 residents". */
  public static String caption(int n, Figure f) {
    return "Figure " + n + ". " + f.title();
  }

  /** The data table of figure {@code n}, titled after it. */
  public static DataTable table(int n, Figure f) {
    DataTable t = f.data();
    return new DataTable("figure-" + n, "Data for " + caption(n, f), t.columns(), t.rows(), t.source());
  }

  /** The document's sections plus, when it has figures, a last one holding every figure's data. */
  public static List<Section> withData(ReportDocument d) {
    List<Section> out = new ArrayList<>(d.sections());
    List<Block> blocks = new ArrayList<>();
    List<Figure> figures = d.figures();
    if (figures.isEmpty()) {
      return out;
    }
    blocks.add(new Block.Paragraph("The numbers behind each chart and map of this document, figure by figure."));
    for (int i = 0; i < figures.size(); i++) {
      blocks.add(new Block.Table(table(i + 1, figures.get(i))));
    }
    out.add(new Section(SECTION_ID, "Data behind the charts and maps", 2, blocks));
    return out;
  }
}
