package org.strata.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The house style every chart shares: fonts, white background, palette, units and source lines. */
final class ChartStyle {
  static final String FONT = "DejaVu Sans";

  private ChartStyle() {}

  static JFreeChart finish(JFreeChart chart, String units, String source) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(6, 6, 6, 6));
    chart.getTitle().setFont(new Font(FONT, Font.BOLD, 15));
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.getTitle().setPaint(Palette.TEXT);
    TextTitle sub = new TextTitle(units, new Font(FONT, Font.PLAIN, 11));
    sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
    sub.setPaint(new Color(0x505A5F));
    chart.addSubtitle(sub);
    TextTitle src = new TextTitle(source, new Font(FONT, Font.PLAIN, 9));
    src.setPosition(RectangleEdge.BOTTOM);
    src.setHorizontalAlignment(HorizontalAlignment.LEFT);
    src.setPaint(new Color(0x505A5F));
    chart.addSubtitle(src);
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 10));
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  static void category(CategoryPlot plot, boolean rotateLabels) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.CONTEXT);
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    CategoryAxis x = plot.getDomainAxis();
    x.setTickLabelFont(new Font(FONT, Font.PLAIN, 10));
    x.setMaximumCategoryLabelLines(3);
    if (rotateLabels) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    plot.getRangeAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 10));
    plot.getRangeAxis().setLabelFont(new Font(FONT, Font.PLAIN, 11));
  }

  static void bars(CategoryPlot plot, List<Color> colours) {
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setItemMargin(0.05);
    r.setMaximumBarWidth(0.12);
    for (int i = 0; i < colours.size(); i++) {
      r.setSeriesPaint(i, colours.get(i));
    }
  }

  static void lines(CategoryPlot plot) {
    LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
    for (int i = 0; i < 8; i++) {
      r.setSeriesPaint(i, Palette.colour(i));
      r.setSeriesStroke(i, new BasicStroke(i == 0 ? 3f : 2f));
      r.setSeriesShapesVisible(i, true);
    }
  }
}
