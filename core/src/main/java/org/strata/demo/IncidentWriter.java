package org.strata.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.strata.ingest.policeuk.StreetCsv;

/**
 * Writes Northmoor Police's monthly street-level files exactly as data.police.uk publishes them
 * ({@code YYYY-MM/YYYY-MM-northmoor-street.csv}, the twelve published columns, CRLF line ends),
 * and counts what it wrote by district, month and type for the aggregate tables.
 */
final class IncidentWriter {
  private static final String HEADER = StreetCsv.HEADER;
  private static final String[] OUTCOMES = {
    "Investigation complete; no suspect identified", "Unable to prosecute suspect",
    "Under investigation", "Awaiting court outcome", "Local resolution",
    "Offender given a caution", "Action to be taken by another organisation",
    "Further investigation is not in the public interest", "Court result unavailable"
  };

  private final List<DemoWorld.DemoDistrict> districts;
  private final List<List<Lsoa>> lsoas;
  private final SplittableRandom rnd;
  /** counts[district][month][type]. */
  final long[][][] counts;
  long rows;

  IncidentWriter(List<DemoWorld.DemoDistrict> districts, List<List<Lsoa>> lsoas, SplittableRandom rnd) {
    this.districts = districts;
    this.lsoas = lsoas;
    this.rnd = rnd;
    this.counts = new long[districts.size()][CrimeMix.MONTHS][CrimeMix.TYPES.size()];
  }

  void writeAll(Path dir) throws IOException {
    for (int m = 0; m < CrimeMix.MONTHS; m++) {
      YearMonth month = CrimeMix.FIRST.plusMonths(m);
      Path folder = dir.resolve(month.toString());
      Files.createDirectories(folder);
      Path file = folder.resolve(month + "-northmoor-street.csv");
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(HEADER);
        w.write("\r\n");
        writeMonth(w, m, month);
      }
    }
  }

  private void writeMonth(BufferedWriter w, int m, YearMonth month) throws IOException {
    for (int d = 0; d < districts.size(); d++) {
      DemoWorld.DemoDistrict dist = districts.get(d);
      for (int t = 0; t < CrimeMix.TYPES.size(); t++) {
        CrimeMix.Type type = CrimeMix.TYPES.get(t);
        double mean = type.ratePer1000() / 12 * dist.population() / 1000 * dist.crimeLevel()
            * CrimeMix.factor(type, month) * special(dist, type, m);
        for (Lsoa l : lsoas.get(d)) {
          int n = Poisson.draw(mean * l.weight(), rnd);
          for (int i = 0; i < n; i++) {
            writeRow(w, month, type.name(), l);
          }
          counts[d][m][t] += n;
        }
      }
    }
  }

  /** Local colour: Ashby Vale's shoplifting is above the force's and spikes in the last month. */
  private static double special(DemoWorld.DemoDistrict d, CrimeMix.Type t, int month) {
    if (!d.code().equals(DemoWorld.SUBJECT) || !t.name().equals("Shoplifting")) {
      return 1;
    }
    return month == CrimeMix.MONTHS - 1 ? 1.6 * 1.5 : 1.5;
  }

  private void writeRow(BufferedWriter w, YearMonth month, String type, Lsoa l) throws IOException {
    boolean asb = type.equals("Anti-social behaviour");
    StringBuilder s = new StringBuilder(200);
    if (!asb) {
      s.append(String.format(Locale.ROOT, "%016x%016x%016x%016x", rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong()));
    }
    s.append(',').append(month).append(",Northmoor Police,Northmoor Police,");
    if (rnd.nextDouble() < 0.012) {
      s.append(",,No location,,,");
    } else {
      double lon = l.west() + rnd.nextDouble() * (l.east() - l.west());
      double lat = l.south() + rnd.nextDouble() * (l.north() - l.south());
      s.append(String.format(Locale.ROOT, "%.6f,%.6f,On or near %s,%s,%s,", lon, lat,
          l.streets()[rnd.nextInt(l.streets().length)], l.code(), l.name()));
    }
    s.append(type).append(',');
    if (!asb) {
      s.append(OUTCOMES[rnd.nextInt(OUTCOMES.length)]);
    }
    s.append(",\r\n");
    w.write(s.toString());
    rows++;
  }
}
