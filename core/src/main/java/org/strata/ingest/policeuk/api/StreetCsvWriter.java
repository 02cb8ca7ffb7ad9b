package org.strata.ingest.policeuk.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strata.common.AppException;
import org.strata.ingest.policeuk.StreetCsv;

/**
 * Writes a force-month of API crimes as the archive's street-level CSV: the same twelve columns,
 * names and quoting, CRLF line ends, crime types by their archive names. The API gives no LSOA,
 * so those two columns stay empty.
 */
final class StreetCsvWriter {
  static final String HEADER = StreetCsv.HEADER;

  /** The archive's crime type for each all-crime category slug. */
  static final Map<String, String> CRIME_TYPES =
      Map.ofEntries(
          Map.entry("anti-social-behaviour", "Anti-social behaviour"),
          Map.entry("bicycle-theft", "Bicycle theft"),
          Map.entry("burglary", "Burglary"),
          Map.entry("criminal-damage-arson", "Criminal damage and arson"),
          Map.entry("drugs", "Drugs"),
          Map.entry("other-theft", "Other theft"),
          Map.entry("possession-of-weapons", "Possession of weapons"),
          Map.entry("public-order", "Public order"),
          Map.entry("robbery", "Robbery"),
          Map.entry("shoplifting", "Shoplifting"),
          Map.entry("theft-from-the-person", "Theft from the person"),
          Map.entry("vehicle-crime", "Vehicle crime"),
          Map.entry("violent-crime", "Violence and sexual offences"),
          Map.entry("other-crime", "Other crime"));

  private static final String ASB = "anti-social-behaviour";
  private static final String NEAR = "On or near ";

  private StreetCsvWriter() {}

  /** The archive's file name for a force-month: {@code 2024-01-west-mercia-street.csv}. */
  static String fileName(YearMonth month, String force) {
    return month + "-" + force + "-street.csv";
  }

  /**
   * Writes the crimes to {@code dir/fileName(month, force)}.
   *
   * @param unknown receives category slugs with no archive name; they are written as given
   * @throws AppException if the file cannot be written.
   */
  static Path write(
      Path dir, String force, YearMonth month, String fallsWithin, Collection<ApiCrime> crimes,
      Set<String> unknown) {
    Path file = dir.resolve(fileName(month, force));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER + "\r\n");
      for (ApiCrime c : crimes) {
        List<String> cells = cells(c, fallsWithin, unknown);
        w.write(String.join(",", cells.stream().map(StreetCsvWriter::quote).toList()));
        w.write("\r\n");
      }
    } catch (IOException e) {
      throw new AppException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  static List<String> cells(ApiCrime c, String fallsWithin, Set<String> unknown) {
    String type = CRIME_TYPES.get(c.category());
    if (type == null) {
      unknown.add(c.category());
      type = c.category();
    }
    String location = "No Location";
    if (c.located()) {
      String street = c.street() == null ? "" : c.street().strip();
      location = street.regionMatches(true, 0, NEAR, 0, NEAR.length()) ? street : NEAR + street;
    }
    return List.of(
        ASB.equals(c.category()) ? "" : c.persistentId(),
        c.month(),
        fallsWithin,
        fallsWithin,
        c.located() ? c.longitude() : "",
        c.located() ? c.latitude() : "",
        location,
        "",
        "",
        type,
        c.outcome(),
        c.context());
  }

  /** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
