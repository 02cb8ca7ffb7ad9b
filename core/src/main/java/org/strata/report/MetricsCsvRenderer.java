package org.strata.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.strata.analysis.Assessment;
import org.strata.analysis.Metric;

/** Writes {@code metrics.csv}: {@code area_code,area_name,period,category,taxonomy,measure,value}. */
public final class MetricsCsvRenderer {
  /** The header, fixed by contract. */
  public static final String[] HEADER = {
    "area_code", "area_name", "period", "category", "taxonomy", "measure", "value"
  };

  private MetricsCsvRenderer() {}

  /** Writes the table; numbers in plain decimal notation, at most six decimal places. */
  public static void write(Assessment a, Writer out) throws IOException {
    try (CSVPrinter p =
        CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get().print(out)) {
      for (Metric m : a.metrics()) {
        p.printRecord(
            m.areaCode(), m.areaName(), m.period(), m.category(), m.taxonomy(), m.measure(),
            number(m.value()));
      }
    }
  }

  /** A number as metrics.csv writes it: whole numbers without a point, else up to 6 places. */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
  }
}
