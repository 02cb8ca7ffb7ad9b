package org.strata.ingest.geography;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.CsvRecords;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;

/**
 * Reads a geography CSV ({@code level,code,name,parent_code,police_uk_name}) declaring areas the
 * reference data lacks. Rows with an unknown level, an empty code, name or parent, the area itself
 * as parent, or a code declared earlier in the file are rejected; whether the parent exists is the
 * loader's check. A blank row is no record (neither read nor rejected); a row too short to hold
 * the columns refuses the file at its line.
 */
public final class GeographyReader {
  static final List<String> COLUMNS = List.of("level", "code", "name", "parent_code", "police_uk_name");
  private static final java.util.regex.Pattern GSS = java.util.regex.Pattern.compile("[EWSNK]\\d{8}");
  private static final Set<String> LEVELS = Set.of("region", "police_force_area", "csp", "district");

  /**
   * Reads the file.
   *
   * @throws BadInputException if a required column is missing or the file is not CSV text.
   */
  public ReadResult<GeographyRow> read(Path file) {
    Map<String, Long> lines = new HashMap<>();
    try (Reader r = new java.io.StringReader(org.strata.common.TextFiles.readUtf8(file, "a CSV of areas"));
        CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(false).setTrim(true).get().parse(r)) {
      int width = 0;
      for (String c : COLUMNS) {
        Integer at = p.getHeaderMap().get(c);
        if (at == null) {
          throw new BadInputException(
              SourcePosition.of(file, 1), "expected column \"" + c + "\", found " + p.getHeaderNames());
        }
        width = Math.max(width, at + 1);
      }
      return CsvRecords.read(p, file, width, new CsvRecords.Rows<>() {
        @Override
        public @Nullable String problem(CSVRecord rec, long line) {
          return GeographyReader.problem(rec, line, lines);
        }

        @Override
        public GeographyRow row(CSVRecord rec, long line) {
          return new GeographyRow(rec.get("level"), rec.get("code"), rec.get("name"),
              rec.get("parent_code"), rec.get("police_uk_name"), line);
        }
      });
    } catch (java.io.UncheckedIOException | IllegalArgumentException | IOException e) {
      // The text is already in memory: commons-csv's exceptions are malformed CSV, not read errors.
      throw new BadInputException(SourcePosition.of(file, 1), "expected CSV text, found " + e.getMessage(), e);
    }
  }

  /** Why the row is rejected, or null; records a good row's code and line in {@code lines}. */
  private static @Nullable String problem(CSVRecord rec, long line, Map<String, Long> lines) {
    String level = rec.get("level");
    String code = rec.get("code");
    String parent = rec.get("parent_code");
    String problem =
        !LEVELS.contains(level) ? "column \"level\": expected one of " + LEVELS + ", found \"" + level + "\""
            : code.isEmpty() ? "column \"code\": expected a code, found nothing"
            : rec.get("name").isEmpty() ? "column \"name\": expected a name, found nothing"
            : parent.isEmpty() ? "column \"parent_code\": expected a code, found nothing"
            : !GSS.matcher(code).matches() ? "column \"code\": expected a GSS code like E07000192, found \""
                + clip(code) + "\""
            : !GSS.matcher(parent).matches() ? "column \"parent_code\": expected a GSS code like E22000901,"
                + " found \"" + clip(parent) + "\""
            : code.equals(parent) ? "column \"parent_code\": expected the code of another area, found the area's own"
            : null;
    Long first = problem == null ? lines.putIfAbsent(code, line) : null;
    return first == null ? problem
        : "column \"code\": expected each area once, found \"" + code + "\" again (first on line " + first + ")";
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
