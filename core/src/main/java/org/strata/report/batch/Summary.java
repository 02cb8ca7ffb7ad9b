package org.strata.report.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.strata.analysis.Metric;
import org.strata.report.MetricsCsvRenderer;

/**
 * A batch's {@code summary.csv} and {@code summary.xlsx}: the rows of every area's
 * {@code metrics.csv} in one table, same columns. Each area's own rows come once per area; the
 * comparators they share (force, region, England and Wales) come once, the first time they appear.
 * The workbook adds an "areas" sheet with one row per area: rate, change, rank and failure reason.
 */
public final class Summary {
  private Summary() {}

  /** The rows of the summary, areas in the order given. */
  public static List<Metric> rows(List<BatchArea> areas) {
    Set<String> own = new HashSet<>();
    areas.forEach(a -> own.add(a.code()));
    List<Metric> out = new ArrayList<>();
    Set<List<String>> shared = new LinkedHashSet<>();
    List<Metric> comparators = new ArrayList<>();
    for (BatchArea a : areas) {
      for (Metric m : a.metrics()) {
        if (m.areaCode().equals(a.code())) {
          out.add(m);
        } else if (!own.contains(m.areaCode())
            && shared.add(List.of(m.areaCode(), m.period(), m.category(), m.taxonomy(), m.measure()))) {
          comparators.add(m);
        }
      }
    }
    out.addAll(comparators);
    return out;
  }

  /**
   * Writes {@code summary.csv} and {@code summary.xlsx} into the folder and returns their paths.
   *
   * @throws IOException if a file cannot be written.
   */
  public static List<Path> write(List<BatchArea> areas, Path dir) throws IOException {
    List<Metric> rows = rows(areas);
    Path csv = dir.resolve("summary.csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(MetricsCsvRenderer.HEADER)
            .setRecordSeparator("\n").get().print(w)) {
      for (Metric m : rows) {
        p.printRecord(m.areaCode(), m.areaName(), m.period(), m.category(), m.taxonomy(), m.measure(),
            number(m.value()));
      }
    }
    Path xlsx = dir.resolve("summary.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
        OutputStream o = Files.newOutputStream(xlsx)) {
      areasSheet(wb.createSheet("areas"), Ranking.of(areas));
      metricsSheet(wb.createSheet("metrics"), rows);
      wb.write(o);
      wb.dispose();
    }
    return List.of(csv, xlsx);
  }

  private static void areasSheet(Sheet s, Ranking ranking) {
    header(s, "area_code", "area_name", "rate_per_1000", "force_rate_per_1000", "change_pct_vs_previous",
        "rank", "top_priorities", "failure");
    int r = 1;
    for (BatchArea a : ranking.areas()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(a.code());
      row.createCell(1).setCellValue(a.name());
      a.rate().ifPresent(v -> row.createCell(2).setCellValue(v));
      a.forceRate().ifPresent(v -> row.createCell(3).setCellValue(v));
      a.change().ifPresent(v -> row.createCell(4).setCellValue(v));
      ranking.rank(a).ifPresent(v -> row.createCell(5).setCellValue(v));
      row.createCell(6).setCellValue(String.join("; ", a.topPriorities(3)));
      row.createCell(7).setCellValue(a.failure() == null ? "" : a.failure());
    }
  }

  private static void metricsSheet(Sheet s, List<Metric> rows) {
    header(s, MetricsCsvRenderer.HEADER);
    int r = 1;
    for (Metric m : rows) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(m.areaCode());
      row.createCell(1).setCellValue(m.areaName());
      row.createCell(2).setCellValue(m.period());
      row.createCell(3).setCellValue(m.category());
      row.createCell(4).setCellValue(m.taxonomy());
      row.createCell(5).setCellValue(m.measure());
      if (Double.isFinite(m.value())) {
        row.createCell(6).setCellValue(m.value());
      }
    }
  }

  private static void header(Sheet s, String... names) {
    Row h = s.createRow(0);
    for (int i = 0; i < names.length; i++) {
      h.createCell(i).setCellValue(names[i]);
    }
  }

  /** A number as metrics.csv writes it: whole numbers without a point, else up to 6 places. */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
  }
}
