package org.strata.ingest.lookup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.ingest.CsvRecords;
import org.strata.ingest.ReadResult;
import org.strata.ingest.RejectedRow;

/**
 * Reads an LSOA-to-district lookup CSV as ONS publishes them (columns such as {@code LSOA21CD},
 * {@code LSOA21NM}, {@code LAD22CD}) or in Strata's own form ({@code lsoa_code}, {@code
 * lsoa_name}, {@code district_code}). Rows whose codes are not GSS-shaped are rejected; whether a
 * district exists is the loader's check. A blank row is no record (neither read nor rejected); a
 * row too short to hold the columns refuses the file at its line.
 */
public final class LsoaLookupReader {
  private static final Pattern LSOA_CODE = Pattern.compile("lsoa(\\d\\d)?cd|lsoa_code|lsoa");
  private static final Pattern LSOA_NAME = Pattern.compile("lsoa(\\d\\d)?nm|lsoa_name");
  private static final Pattern DISTRICT = Pattern.compile("lad(\\d\\d)?cd|ltla(\\d\\d)?cd|district_code");
  private static final Pattern GSS = Pattern.compile("[EWSNK]\\d{8}");

  /**
   * Reads the file.
   *
   * @throws BadInputException if no LSOA code or district code column is found.
   */
  public ReadResult<LsoaLookupRow> read(Path file) {
    try (Reader r = new java.io.StringReader(org.strata.common.TextFiles.readUtf8(file, "an LSOA lookup CSV"));
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(false).setIgnoreHeaderCase(true).get().parse(r)) {
      List<String> header = p.getHeaderNames();
      String code = column(header, LSOA_CODE::matcher);
      String district = column(header, DISTRICT::matcher);
      if (code == null || district == null) {
        throw new BadInputException(SourcePosition.of(file, 1),
            "expected an LSOA code column (LSOA21CD or lsoa_code) and a district code column"
                + " (LAD22CD or district_code), found " + header);
      }
      String name = column(header, LSOA_NAME::matcher);
      int width = 1 + java.util.stream.Stream.of(code, district, name).filter(java.util.Objects::nonNull)
          .mapToInt(c -> p.getHeaderMap().get(c)).max().orElse(0);
      ReadResult<LsoaLookupRow> read = CsvRecords.read(p, file, width, new CsvRecords.Rows<>() {
        @Override
        public @Nullable String problem(CSVRecord rec, long line) {
          String lsoa = rec.get(code);
          String lad = rec.get(district);
          return !GSS.matcher(lsoa).matches()
              ? "column \"" + code + "\": expected a GSS code like E01031152, found \"" + lsoa + "\""
              : !GSS.matcher(lad).matches()
                  ? "column \"" + district + "\": expected a GSS code like E07000192, found \"" + lad + "\""
                  : null;
        }

        @Override
        public LsoaLookupRow row(CSVRecord rec, long line) {
          return new LsoaLookupRow(rec.get(code), name == null ? "" : rec.get(name), rec.get(district), line);
        }
      });
      return conflictsRejected(read.rowsRead(), read.records(), read.rejects());
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException | IOException e) {
      // The text is already in memory: commons-csv's exceptions are malformed CSV, not read errors.
      throw new BadInputException(SourcePosition.of(file, 1), "expected CSV text, found " + e.getMessage(), e);
    }
  }

  /**
   * An LSOA given two different districts is ambiguous: every row of it is rejected, naming the
   * districts. Repeats of the same pair load once.
   */
  private static ReadResult<LsoaLookupRow> conflictsRejected(
      long read, List<LsoaLookupRow> rows, List<RejectedRow> rejects) {
    java.util.Map<String, java.util.Set<String>> districts = new java.util.HashMap<>();
    for (LsoaLookupRow r : rows) {
      districts.computeIfAbsent(r.lsoaCode(), k -> new java.util.TreeSet<>()).add(r.districtCode());
    }
    List<LsoaLookupRow> kept = new ArrayList<>();
    List<RejectedRow> all = new ArrayList<>(rejects);
    for (LsoaLookupRow r : rows) {
      java.util.Set<String> ds = districts.get(r.lsoaCode());
      if (ds.size() > 1) {
        all.add(new RejectedRow(r.line(), "LSOA " + r.lsoaCode() + ": expected one district, found "
            + String.join(" and ", ds), r.lsoaCode() + "," + r.districtCode()));
      } else {
        kept.add(r);
      }
    }
    all.sort(java.util.Comparator.comparingLong(RejectedRow::line));
    return new ReadResult<>(read, kept.size(), kept, all);
  }

  private static @Nullable String column(
      List<String> header, java.util.function.Function<String, java.util.regex.Matcher> pattern) {
    Predicate<String> hit = h -> pattern.apply(h.strip().toLowerCase(Locale.ROOT)).matches();
    return header.stream().filter(hit).findFirst().orElse(null);
  }
}
