package org.strata.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.strata.reference.Offence;
import org.strata.reference.OpenDataCrosswalk;
import org.strata.reference.Period;

/**
 * Writes the Home Office open data layout by CSP as an .ods (a Notes sheet, then one sheet per
 * financial year with the current headers: Financial Year, Financial Quarter, Police Force, CSP
 * Name, Offence Description, Offence Group, Offence Subgroup, Offence Code, Offence Count; counts
 * as float cells; padded rows) from police.uk-type counts, splitting each type into the subgroups
 * it feeds. It also sums each force's headline categories for one financial year, for the Table P1
 * the demo writes beside it.
 */
final class OnsTableWriter implements AutoCloseable {
  static final List<String> HEADER = List.of("Financial Year", "Financial Quarter", "Police Force", "CSP Name",
      "Offence Description", "Offence Group", "Offence Subgroup", "Offence Code", "Offence Count");
  /** Subgroup → (group, code) for the rows written. */
  private static final Map<String, String[]> SUBGROUPS = new LinkedHashMap<>();

  static {
    put("Homicide", "Violence against the person", "1");
    put("Death or serious injury caused by unlawful driving", "Violence against the person", "4.1");
    put("Violence with injury", "Violence against the person", "5A");
    put("Violence without injury", "Violence against the person", "8P");
    put("Stalking and harassment", "Violence against the person", "8Q");
    put("Rape", "Sexual offences", "19C");
    put("Other sexual offences", "Sexual offences", "17A");
    put("Robbery of personal property", "Robbery", "34B");
    put("Residential burglary", "Theft offences", "28E");
    put("Non-residential burglary", "Theft offences", "30C");
    put("Vehicle offences", "Theft offences", "45");
    put("Theft from the person", "Theft offences", "39");
    put("Bicycle theft", "Theft offences", "44");
    put("Shoplifting", "Theft offences", "46");
    put("All other theft offences", "Theft offences", "49");
    put("Criminal damage", "Criminal damage and arson", "58A");
    put("Arson", "Criminal damage and arson", "56B");
    put("Trafficking of drugs", "Drug offences", "92A");
    put("Possession of drugs", "Drug offences", "92E");
    put("Possession of weapons offences", "Possession of weapons offences", "8M");
    put("Public order offences", "Public order offences", "9");
    put("Miscellaneous crimes against society", "Miscellaneous crimes against society", "99");
  }

  private static void put(String subgroup, String group, String code) {
    SUBGROUPS.put(subgroup, new String[] {group, code});
  }

  private final OdsWriter out;
  private final OpenDataCrosswalk crosswalk = OpenDataCrosswalk.load();
  private final Period p1Year;
  /** Force name → ONS headline category → count in {@link #p1Year}. */
  private final Map<String, Map<String, Long>> forceTotals = new LinkedHashMap<>();
  private String sheet = "";

  OnsTableWriter(Path file, String updated, Period p1Year) throws IOException {
    this.p1Year = p1Year;
    out = new OdsWriter(file);
    out.sheet("Notes");
    out.row("Police recorded crime open data tables by Community Safety Partnership (synthetic)");
    out.row("Updated: " + updated);
    out.row("Force Notes");
    out.row("Fenwick: offences it could not place in a CSP are recorded under Unassigned Fenwick in every year.");
  }

  /** Counts by force and headline category for the P1 year, in the order first written. */
  Map<String, Map<String, Long>> forceTotals() {
    return forceTotals;
  }

  /**
   * Writes one CSP-quarter.
   *
   * @param byType counts by police.uk type, in {@link CrimeMix#TYPES} order
   */
  void quarter(YearMonth firstMonth, String force, String csp, long[] byType, SplittableRandom rnd)
      throws IOException {
    Map<String, Long> counts = split(byType, firstMonth, rnd);
    int fy = firstMonth.getMonthValue() >= 4 ? firstMonth.getYear() : firstMonth.getYear() - 1;
    int q = (firstMonth.getMonthValue() + 8) % 12 / 3 + 1;
    String name = String.format(Locale.ROOT, "%d_%02d", fy, (fy + 1) % 100);
    if (!name.equals(sheet)) {
      sheet = name;
      out.sheet(name);
      out.row(HEADER.toArray());
    }
    String year = name.replace('_', '/');
    boolean p1 = p1Year.contains(new Period(firstMonth, firstMonth.plusMonths(2)));
    for (var e : counts.entrySet()) {
      String[] g = SUBGROUPS.get(e.getKey());
      out.row(year, q, force, csp, e.getKey(), g[0], e.getKey(), g[1], e.getValue());
      if (p1) {
        Map<String, Long> sums = forceTotals.computeIfAbsent(force, k -> new LinkedHashMap<>());
        Offence o = crosswalk.find(e.getKey()).orElseThrow().category();
        crosswalk.countedIn(java.util.Objects.requireNonNull(o)).forEach(c -> sums.merge(c.name(), e.getValue(), Long::sum));
      }
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
    o.put("Death or serious injury caused by unlawful driving", driving);
    o.put("Violence with injury", injury);
    o.put("Violence without injury", without);
    o.put("Stalking and harassment", stalk);
    long rape = Math.round(sexual * 0.4);
    o.put("Rape", rape);
    o.put("Other sexual offences", sexual - rape);
    o.put("Robbery of personal property", t[index("Robbery")]);
    long burglary = t[index("Burglary")];
    long residential = Math.round(burglary * 0.7);
    o.put("Residential burglary", residential);
    o.put("Non-residential burglary", burglary - residential);
    o.put("Vehicle offences", t[index("Vehicle crime")]);
    o.put("Theft from the person", t[index("Theft from the person")]);
    o.put("Bicycle theft", t[index("Bicycle theft")]);
    o.put("Shoplifting", t[index("Shoplifting")]);
    o.put("All other theft offences", t[index("Other theft")]);
    long damage = t[index("Criminal damage and arson")];
    long arson = Math.round(damage * 0.05);
    o.put("Criminal damage", damage - arson);
    o.put("Arson", arson);
    long drugs = t[index("Drugs")];
    long trafficking = Math.round(drugs * 0.2);
    o.put("Trafficking of drugs", trafficking);
    o.put("Possession of drugs", drugs - trafficking);
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
