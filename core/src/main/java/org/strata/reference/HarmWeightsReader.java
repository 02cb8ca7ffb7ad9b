package org.strata.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;

/**
 * Reads a harm weights table: columns {@code taxonomy} ({@code ons} or {@code police_uk}), {@code
 * category} (a category name of that taxonomy) and {@code cchi_days}; {@code basis} and {@code
 * source} are optional.
 */
final class HarmWeightsReader {
  private static final List<String> REQUIRED = List.of("taxonomy", "category", "cchi_days");

  private final BiFunction<Taxonomy, String, Optional<Offence>> categories;

  HarmWeightsReader(BiFunction<Taxonomy, String, Optional<Offence>> categories) {
    this.categories = categories;
  }

  /**
   * Reads the weights in a user's file.
   *
   * @throws BadInputException if the file cannot be read or a row is not a valid weight.
   */
  List<HarmWeight> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file, "user-supplied harm weights (" + file.getFileName() + ")");
    } catch (IOException e) {
      throw new BadInputException(
          SourcePosition.of(file, 1), "expected a readable UTF-8 CSV file, found " + e, e);
    }
  }

  /** Reads weights from an open reader; {@code file} names it in error messages. */
  List<HarmWeight> read(Reader reader, Path file, String defaultSource) throws IOException {
    try (CSVParser parser = ReferenceCsv.FORMAT.parse(reader)) {
      List<String> header = parser.getHeaderNames();
      if (!header.containsAll(REQUIRED)) {
        throw new BadInputException(
            SourcePosition.of(file, 1),
            "expected columns "
                + String.join(",", REQUIRED)
                + ", found "
                + (header.isEmpty() ? "no header" : String.join(",", header)));
      }
      List<HarmWeight> out = new ArrayList<>();
      Map<String, Long> seen = new HashMap<>();
      for (CSVRecord r : parser) {
        SourcePosition at = SourcePosition.of(file, Math.max(2, parser.getCurrentLineNumber()));
        HarmWeight w = weight(r, at, header, defaultSource);
        Long first = seen.putIfAbsent(w.taxonomy().key() + "|" + w.category(), at.line());
        if (first != null) {
          throw new BadInputException(
              at,
              "expected one weight per category, found a second for "
                  + w.taxonomy().key()
                  + " \""
                  + w.category()
                  + "\" (first on line "
                  + first
                  + ")");
        }
        out.add(w);
      }
      return out;
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      // commons-csv reports malformed quoting and similar structure problems this way
      throw new BadInputException(
          SourcePosition.of(file, 1),
          "expected a well-formed CSV file, found " + e.getMessage(),
          e);
    }
  }

  private HarmWeight weight(
      CSVRecord r, SourcePosition at, List<String> header, String defaultSource) {
    if (!r.isConsistent()) {
      throw new BadInputException(at, "expected " + header.size() + " columns, found " + r.size());
    }
    Taxonomy taxonomy = taxonomy(r.get("taxonomy"), at);
    String name = r.get("category");
    Offence offence =
        categories
            .apply(taxonomy, name)
            .orElseThrow(
                () ->
                    new BadInputException(
                        at,
                        "column \"category\": expected a category of taxonomy "
                            + taxonomy.key()
                            + ", found \""
                            + name
                            + "\""));
    double days = days(r.get("cchi_days"), at);
    String basis = header.contains("basis") && !r.get("basis").isEmpty() ? r.get("basis") : "";
    String source =
        header.contains("source") && !r.get("source").isEmpty() ? r.get("source") : defaultSource;
    return new HarmWeight(taxonomy, offence.name(), days, basis, source);
  }

  private static Taxonomy taxonomy(String text, SourcePosition at) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals(Taxonomy.ONS.key())) {
      return Taxonomy.ONS;
    }
    if (t.equals(Taxonomy.POLICE_UK.key())) {
      return Taxonomy.POLICE_UK;
    }
    throw new BadInputException(
        at, "column \"taxonomy\": expected ons or police_uk, found \"" + text + "\"");
  }

  private static double days(String text, SourcePosition at) {
    try {
      double d = Double.parseDouble(text.strip());
      if (d >= 0 && !Double.isInfinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the file and line
    }
    throw new BadInputException(
        at, "column \"cchi_days\": expected a number of days >= 0, found \"" + text + "\"");
  }
}
