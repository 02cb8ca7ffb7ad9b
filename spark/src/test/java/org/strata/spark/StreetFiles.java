package org.strata.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.strata.ingest.policeuk.StreetCsv;

/**
 * Small police.uk street-level files for the tests, written as police.uk publishes them: a
 * folder's CSV for January 2024 and a monthly archive for February (with an outcomes file beside
 * the street file, which both paths skip). West Mercia; Worcester, Malvern Hills and one LSOA
 * that is in no district.
 */
final class StreetFiles {
  private static final String WM = "West Mercia Police";

  private StreetFiles() {}

  /** January: 9 rows read, 7 loaded, 2 rejected (a bad month, a bad longitude). */
  static final List<String> JANUARY =
      List.of(
          row("a1", "2024-01", "-2.22", "52.19", "On or near High Street", "E01032250", "Worcester 001A", "Burglary", "Under investigation"),
          row("a2", "2024-01", "-2.22", "52.19", "On or near High Street", "E01032250", "Worcester 001A", "Burglary", "Under investigation"),
          row("a3", "2024-01", "-2.21", "52.18", "\"On or near \"\"The Cross\"\", Foregate\"", "E01032250", "Worcester 001A", "Burglary", ""),
          row("a4", "2024-01", "-2.20", "52.20", "On or near Park", "E01032251", "Worcester 002B", "Violence and sexual offences", "Unable to prosecute suspect"),
          row("a5", "2024-01", "-2.20", "52.20", "On or near Park", "E01032251", "Worcester 002B", "Violence and sexual offences", "Unable to prosecute suspect"),
          row("a6", "2024-01", "-2.32", "52.11", "On or near Church Street", "E01032160", "Malvern Hills 001A", "Shoplifting", "Offender given a caution"),
          row("", "2024-01", "", "", "No location", "", "", "Anti-social behaviour", ""),
          row("a8", "2024-13", "-2.22", "52.19", "On or near High Street", "E01032250", "Worcester 001A", "Burglary", ""),
          row("a9", "2024-01", "abc", "52.19", "On or near High Street", "E01032250", "Worcester 001A", "Burglary", ""));

  /** February: 8 rows, all loaded; one in an LSOA of no known district. */
  static final List<String> FEBRUARY =
      List.of(
          row("b1", "2024-02", "-2.22", "52.19", "On or near High Street", "E01032250", "Worcester 001A", "Burglary", "Under investigation"),
          row("b2", "2024-02", "-2.22", "52.19", "On or near High Street", "E01032250", "Worcester 001A", "Burglary", ""),
          row("", "2024-02", "-2.22", "52.19", "On or near High Street", "E01032250", "Worcester 001A", "Anti-social behaviour", ""),
          row("", "2024-02", "-2.22", "52.19", "On or near Bridge", "E01032250", "Worcester 001A", "Anti-social behaviour", ""),
          row("", "2024-02", "-2.20", "52.20", "On or near Park", "E01032251", "Worcester 002B", "Anti-social behaviour", ""),
          row("b6", "2024-02", "-2.19", "52.21", "On or near Car Park", "E01032252", "Worcester 003C", "Vehicle crime", "Investigation complete; no suspect identified"),
          row("b7", "2024-02", "-2.32", "52.11", "On or near Church Street", "E01032160", "Malvern Hills 001A", "Shoplifting", ""),
          row("b8", "2024-02", "-2.00", "52.00", "On or near Nowhere", "E01099999", "Atlantis 001A", "Other crime", ""));

  /** Writes the folder ({@code csv/2024-01/...}) and the archive ({@code 2024-02.zip}). */
  static void write(Path dir) throws IOException {
    Path jan = dir.resolve("csv/2024-01/2024-01-west-mercia-street.csv");
    Files.createDirectories(jan.getParent());
    Files.writeString(jan, text(JANUARY), StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(dir.resolve("2024-02.zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("2024-02/2024-02-west-mercia-street.csv"));
      zip.write(text(FEBRUARY).getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("2024-02/2024-02-west-mercia-outcomes.csv"));
      zip.write("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\n"
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private static String text(List<String> rows) {
    return StreetCsv.HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  private static String row(String id, String month, String lon, String lat, String location,
      String lsoa, String lsoaName, String type, String outcome) {
    return String.join(",", id, month, WM, WM, lon, lat, location, lsoa, lsoaName, type, outcome, "");
  }
}
