package org.strata.ingest.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;
import org.strata.ingest.ons.TabularFile;
import org.strata.ingest.ons.TabularFile.Row;
import org.strata.reference.Area;
import org.strata.reference.AreaRegistry;

/**
 * Reads perceptions survey results from CSV or XLSX: a header row with the columns {@code area},
 * {@code year}, {@code topic}, {@code measure}, {@code value} and optionally {@code base}, in any
 * order and case, then one result per row. {@code area} is a district, CSP or force name or GSS
 * code.
 *
 * <p>A file without those columns in its first row is refused whole ({@link BadInputException}).
 * A row whose area is unknown, whose year is not a year, whose value is not a number or whose base
 * is not a whole number is quarantined with the reason; rows read = loaded + rejected.
 */
public final class SurveyReader {
  static final List<String> REQUIRED = List.of("area", "year", "topic", "measure", "value");

  private final AreaRegistry areas;

  /** Creates a reader resolving area names and codes with the registry. */
  public SurveyReader(AreaRegistry areas) {
    this.areas = areas;
  }

  /**
   * Reads a file.
   *
   * @throws BadInputException if the file is binary, empty or lacks a required column.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public ReadResult<SurveyRow> read(Path file) {
    try (TabularFile table = TabularFile.open(file, (name, rows) -> 1)) {
      Row header = table.next();
      if (header == null) {
        throw table.error(1, "expected a header row (" + String.join(", ", REQUIRED) + "), found an empty file");
      }
      List<String> names = header.cells().stream().map(c -> TabularFile.clean(c).toLowerCase(Locale.ROOT)).toList();
      int[] col = new int[REQUIRED.size() + 1];
      for (int i = 0; i < REQUIRED.size(); i++) {
        col[i] = names.indexOf(REQUIRED.get(i));
        if (col[i] < 0) {
          throw table.error(header.line(), "expected a column \"" + REQUIRED.get(i) + "\", found "
              + String.join(", ", names));
        }
      }
      col[REQUIRED.size()] = names.indexOf("base");
      List<SurveyRow> rows = new ArrayList<>();
      List<RejectedRow> rejects = new ArrayList<>();
      long read = 0;
      for (Row row = table.next(); row != null; row = table.next()) {
        read++;
        List<String> cells = table.fit(row, names.size());
        String problem = parse(cells, col, row.line(), rows);
        if (problem != null) {
          rejects.add(new RejectedRow(row.line(), problem, row.raw()));
        }
      }
      return new ReadResult<>(read, rows.size(), rows, rejects);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Adds the row's result, or returns why it was refused. */
  private @Nullable String parse(List<String> cells, int[] col, long line, List<SurveyRow> out) {
    String area = cells.get(col[0]).strip();
    Optional<Area> a = areas.findArea(area);
    if (a.isEmpty()) {
      return "column \"area\": expected a district, CSP or force name or GSS code, found \"" + area + "\"";
    }
    OptionalLong year = TabularFile.wholeNumber(cells.get(col[1]));
    if (year.isEmpty() || year.getAsLong() < 1990 || year.getAsLong() > 2100) {
      return "column \"year\": expected a year such as 2024, found \"" + cells.get(col[1]) + "\"";
    }
    String topic = TabularFile.clean(cells.get(col[2]));
    String measure = TabularFile.clean(cells.get(col[3]));
    if (topic.isEmpty() || measure.isEmpty()) {
      return "columns \"topic\" and \"measure\": expected text, found an empty cell";
    }
    Double value = number(cells.get(col[4]));
    if (value == null) {
      return "column \"value\": expected a number, found \"" + cells.get(col[4]) + "\"";
    }
    if (isPercentage(measure, cells.get(col[4])) && (value < 0 || value > 100)) {
      return "column \"value\": expected a percentage from 0 to 100 (measure \"" + measure
          + "\"), found \"" + cells.get(col[4]).strip() + "\"";
    }
    Integer base = null;
    if (col[5] >= 0 && !cells.get(col[5]).isBlank()) {
      OptionalLong b = TabularFile.wholeNumber(cells.get(col[5]));
      if (b.isEmpty() || b.getAsLong() < 1 || b.getAsLong() > Integer.MAX_VALUE) {
        return "column \"base\": expected a whole number of respondents, found \"" + cells.get(col[5]) + "\"";
      }
      base = (int) b.getAsLong();
    }
    out.add(new SurveyRow(a.get().code(), (int) year.getAsLong(), topic, measure, value, base, line));
    return null;
  }

  /**
   * True when the value is a share of respondents: it ends in "%", or its measure says so (pct,
   * percent, share, proportion) or names a priority, problem, worry or concern, which the
   * perception gap reads as a share.
   */
  static boolean isPercentage(String measure, String value) {
    String m = measure.toLowerCase(Locale.ROOT);
    return value.strip().endsWith("%")
        || java.util.stream.Stream.of("pct", "percent", "share", "proportion", "priority",
                "problem", "worr", "concern")
            .anyMatch(m::contains);
  }

  /** A decimal number, optionally followed by "%"; null for anything else. */
  static @Nullable Double number(String text) {
    String t = text.strip();
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (!t.matches("-?\\d+(\\.\\d+)?")) {
      return null;
    }
    return Double.parseDouble(t);
  }
}
