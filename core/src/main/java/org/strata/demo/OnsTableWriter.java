package org.strata.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the quarterly ONS open-data layout (Financial Year, Financial Quarter, Force Name, CSP
 * Name, Offence Description, Offence Group, Offence Subgroup, Offence Code, Number of Offences)
 * from police.uk-type counts, splitting each type into the ONS groups and subgroups it feeds.
 */
final class OnsTableWriter implements AutoCloseable {
  /** ONS subgroup → (group, code) for the rows written. */
  private static final Map<String, String[]> SUBGROUPS = new LinkedHashMap<>();

  static {
    put("Homicide", "Violence against the person", "1");
    put("Death or serious injury caused by illegal driving", "Violence against the person", "4.1");
    put("Violence with injury", "Violence against the person", "5A");
    put("Violence without injury", "Violence against the person", "8P");
    put("Stalking and harassment", "Violence against the person", "8Q");
    put("Sexual offences", "Sexual offences", "17");
    put("Robbery", "Robbery", "34");
    put("Burglary", "Theft offences", "28");
    put("Vehicle offences", "Theft offences", "45");
    put("Theft from the person", "Theft offences", "39");
    put("Bicycle theft", "Theft offences", "44");
    put("Shoplifting", "Theft offences", "46");
    put("All other theft offences", "Theft offences", "49");
    put("Criminal damage and arson", "Criminal damage and arson", "58");
    put("Drug offences", "Drug offences", "92");
    put("Possession of weapons offences", "Possession of weapons offences", "8M");
    put("Public order offences", "Public order offences", "9");
    put("Miscellaneous crimes against society", "Miscellaneous crimes against society", "99");
  }

  private static void put(String subgroup, String group, String code) {
    SUBGROUPS.put(subgroup, new String[] {group, code});
  }

  private final CSVPrinter out;

  OnsTableWriter(Writer w) throws IOException {
    out = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(
        "Financial Year", "Financial Quarter", "Force Name", "CSP Name", "Offence Description",
        "Offence Group", "Offence Subgroup", "Offence Code", "Number of Offences").get().print(w);
  }

  /**
   * Writes one CSP-quarter.
   *
   * @param byType counts by police.uk type, in {@link CrimeMix#TYPES} order
   */
  void quarter(YearMonth firstMonth, String force, String csp, long[] byType, SplittableRandom rnd)
      throws IOException {
    Map<String, Long> ons = split(byType, firstMonth, rnd);
    int fy = firstMonth.getMonthValue() >= 4 ? firstMonth.getYear() : firstMonth.getYear() - 1;
    int q = (firstMonth.getMonthValue() + 8) % 12 / 3 + 1;
    String year = String.format(Locale.ROOT, "%d/%02d", fy, (fy + 1) % 100);
    for (var e : ons.entrySet()) {
      String[] g = SUBGROUPS.get(e.getKey());
      out.printRecord(year, q, force, csp, e.getKey(), g[0], e.getKey(), g[1], e.getValue());
    }
  }

  private static Map<String, Long> split(long[] t, YearMonth m, SplittableRandom rnd) {
    Map<String, Long> o = new LinkedHashMap<>();
    SUBGROUPS.keySet().forEach(k -> o.put(k, 0L));
    long vso = t[index("Violence and sexual offences")];
    boolean conductRule = !m.isBefore(YearMonth.of(2023, 4));
    double stalking = conductRule ? 0.25 : 0.33;
    long homicide = Poisson.draw(vso * 0.0004, rnd);
    long driving = Poisson.draw(vso * 0.0007, rnd);
    long sexual = Math.round(vso * 0.085);
    long injury = Math.round(vso * 0.27);
    long stalk = Math.round(vso * stalking);
    long without = Math.max(0, vso - homicide - driving - sexual - injury - stalk);
    o.put("Homicide", homicide);
    o.put("Death or serious injury caused by illegal driving", driving);
    o.put("Violence with injury", injury);
    o.put("Violence without injury", without);
    o.put("Stalking and harassment", stalk);
    o.put("Sexual offences", sexual);
    o.put("Robbery", t[index("Robbery")]);
    o.put("Burglary", t[index("Burglary")]);
    o.put("Vehicle offences", t[index("Vehicle crime")]);
    o.put("Theft from the person", t[index("Theft from the person")]);
    o.put("Bicycle theft", t[index("Bicycle theft")]);
    o.put("Shoplifting", t[index("Shoplifting")]);
    o.put("All other theft offences", t[index("Other theft")]);
    o.put("Criminal damage and arson", t[index("Criminal damage and arson")]);
    o.put("Drug offences", t[index("Drugs")]);
    o.put("Possession of weapons offences", t[index("Possession of weapons")]);
    o.put("Public order offences", t[index("Public order")]);
    o.put("Miscellaneous crimes against society", t[index("Other crime")]);
    return o;
  }

  static int index(String type) {
    List<CrimeMix.Type> types = CrimeMix.TYPES;
    for (int i = 0; i < types.size(); i++) {
      if (types.get(i).name().equals(type)) {
        return i;
      }
    }
    throw new IllegalArgumentException(type);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
