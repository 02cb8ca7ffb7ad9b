package org.strata.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strata.analysis.Assessment;
import org.strata.common.AppException;
import org.strata.report.chart.SvgChartsRenderer;
import org.strata.report.doc.ReportDocument;
import org.strata.report.doc.ReportRenderer;
import org.strata.report.docx.DocxRenderer;
import org.strata.report.html.HtmlRenderer;
import org.strata.report.pdf.PdfRenderer;
import org.strata.report.xlsx.XlsxRenderer;

/** Writes an assessment's files into a report folder, in the formats asked for. */
public final class ReportWriter {
  /** The output formats; {@code --format} takes their lower-case names. */
  public enum Format {
    /** {@code metrics.csv}. */
    CSV,
    /** {@code assessment.json}. */
    JSON,
    /** {@code assessment.html}. */
    HTML,
    /** {@code assessment.pdf}. */
    PDF,
    /** {@code assessment.docx}. */
    DOCX,
    /** {@code tables.xlsx}. */
    XLSX,
    /** {@code charts/*.svg}. */
    SVG;

    ReportRenderer renderer() {
      return switch (this) {
        case HTML -> new HtmlRenderer();
        case PDF -> new PdfRenderer();
        case DOCX -> new DocxRenderer();
        case XLSX -> new XlsxRenderer();
        case SVG -> new SvgChartsRenderer();
        default -> throw new IllegalStateException(name() + " is not a document format");
      };
    }
  }

  private ReportWriter() {}

  /** Writes the files with default options (see {@link ReportOptions#defaults()}). */
  public static List<Path> write(Assessment a, Path dir, Set<Format> formats) {
    return write(a, dir, formats, ReportOptions.defaults());
  }

  /**
   * Writes the files and returns their paths.
   *
   * @throws AppException if the folder cannot be written, or the logo or boundaries cannot be read.
   */
  public static List<Path> write(Assessment a, Path dir, Set<Format> formats, ReportOptions options) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      if (formats.contains(Format.CSV)) {
        Path p = dir.resolve("metrics.csv");
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
          MetricsCsvRenderer.write(a, w);
        }
        out.add(p);
      }
      if (formats.contains(Format.JSON)) {
        Path p = dir.resolve("assessment.json");
        try (OutputStream o = Files.newOutputStream(p)) {
          JsonRenderer.write(a, o);
        }
        out.add(p);
      }
      EnumSet<Format> docs = EnumSet.complementOf(EnumSet.of(Format.CSV, Format.JSON));
      docs.retainAll(formats);
      if (!docs.isEmpty()) {
        ReportDocument d = new DocumentBuilder(a, options).build();
        for (Format f : docs) {
          out.addAll(f.renderer().render(d, dir));
        }
      }
    } catch (IOException e) {
      throw new AppException("cannot write report to " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Every format. */
  public static Set<Format> all() {
    return EnumSet.allOf(Format.class);
  }
}
