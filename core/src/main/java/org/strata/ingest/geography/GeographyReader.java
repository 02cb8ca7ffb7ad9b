package org.strata.ingest.geography;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;

/**
 * Reads a geography CSV ({@code level,code,name,parent_code,police_uk_name}) declaring areas the
 * reference data lacks. Rows with an unknown level, an empty code, name or parent, the area itself
 * as parent, or a code declared earlier in the file are rejected; whether the parent exists is the
 * loader's check.
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
    List<GeographyRow> rows = new ArrayList<>();
    List<RejectedRow> rejects = new ArrayList<>();
    java.util.Map<String, Long> lines = new java.util.HashMap<>();
    long read = 0;
    try (Reader r = new java.io.StringReader(org.strata.common.TextFiles.readUtf8(file, "a CSV of areas"));
        CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
            .setTrim(true).get().parse(r)) {
      for (String c : COLUMNS) {
        if (!p.getHeaderMap().containsKey(c)) {
          throw new BadInputException(
              SourcePosition.of(file, 1), "expected column \"" + c + "\", found " + p.getHeaderNames());
        }
      }
      for (CSVRecord rec : p) {
        read++;
        long line = rec.getRecordNumber() + 1;
        String level = rec.get("level");
        String problem =
            !LEVELS.contains(level) ? "column \"level\": expected one of " + LEVELS + ", found \"" + level + "\""
                : rec.get("code").isEmpty() ? "column \"code\": expected a code, found nothing"
                : rec.get("name").isEmpty() ? "column \"name\": expected a name, found nothing"
                : rec.get("parent_code").isEmpty() ? "column \"parent_code\": expected a code, found nothing"
                : null;
        if (problem == null && !GSS.matcher(rec.get("code")).matches()) {
          problem = "column \"code\": expected a GSS code like E07000192, found \""
              + clip(rec.get("code")) + "\"";
        }
        if (problem == null && !GSS.matcher(rec.get("parent_code")).matches()) {
          problem = "column \"parent_code\": expected a GSS code like E22000901, found \""
              + clip(rec.get("parent_code")) + "\"";
        }
        if (problem == null && rec.get("code").equals(rec.get("parent_code"))) {
          problem = "column \"parent_code\": expected the code of another area, found the area's own";
        }
        Long first = problem == null ? lines.putIfAbsent(rec.get("code"), line) : null;
        if (first != null) {
          problem = "column \"code\": expected each area once, found \"" + rec.get("code")
              + "\" again (first on line " + first + ")";
        }
        if (problem != null) {
          rejects.add(new RejectedRow(line, problem, String.join(",", rec.values())));
          continue;
        }
        rows.add(new GeographyRow(level, rec.get("code"), rec.get("name"), rec.get("parent_code"),
            rec.get("police_uk_name"), line));
      }
    } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
      throw new BadInputException(SourcePosition.of(file, read + 1), "expected CSV text, found " + e.getMessage(), e);
    } catch (IOException e) {
      // The text is already in memory: commons-csv's IOException is malformed CSV, not a read error.
      throw new BadInputException(SourcePosition.of(file, read + 1), "expected CSV text, found " + e.getMessage(), e);
    }
    return new ReadResult<>(read, rows.size(), rows, rejects);
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
