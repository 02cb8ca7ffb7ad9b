package org.strata.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Offence;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;

/**
 * Writes the demo's ONS Table P1 as CSV, the way ONS lays it out: a title naming the year, a
 * preamble, then {@code Area Code}, {@code Area Name} and the headline offence columns (two under
 * P1's own shorter names); rows for England and Wales (the forces' sums plus British Transport
 * Police), the demo region, its three forces and British Transport Police without a code.
 */
final class TableP1Writer {
  /** British Transport Police's share of each England and Wales count. */
  private static final double BTP_SHARE = 0.016;

  private TableP1Writer() {}

  static void write(Path file, Map<String, Map<String, Long>> forceTotals, Period year) throws IOException {
    List<Offence> columns = OffenceTaxonomy.load().ons();
    Map<String, Long> all = new LinkedHashMap<>();
    Map<String, Long> region = new LinkedHashMap<>();
    forceTotals.forEach((force, sums) -> sums.forEach((c, n) -> {
      all.merge(c, n, Long::sum);
      if (demoForceCode(force) != null) {
        region.merge(c, n, Long::sum);
      }
    }));
    Map<String, Long> btp = new LinkedHashMap<>();
    all.forEach((c, n) -> btp.put(c, Math.round(n * BTP_SHARE)));
    btp.forEach((c, n) -> all.merge(c, n, Long::sum));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter out = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(w)) {
      out.printRecord("Table P1: Police recorded crime by offence group and police force area, England and Wales,"
          + " number of offences, year ending " + year.end().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
              Locale.UK) + " " + year.end().getYear() + " [note 1] (synthetic)");
      out.printRecord("This worksheet contains one table. Synthetic data for the Strata demonstration.");
      List<String> header = new ArrayList<>(List.of("Area Code", "Area Name"));
      columns.forEach(o -> header.add(p1Name(o.name())));
      out.printRecord(header);
      out.printRecord(cells("K04000001", "ENGLAND AND WALES [note 3]", all, columns));
      out.printRecord(cells(DemoWorld.REGION, DemoWorld.REGION_NAME, region, columns));
      for (var e : forceTotals.entrySet()) {
        String code = demoForceCode(e.getKey());
        if (code != null) {
          out.printRecord(cells(code, e.getKey(), e.getValue(), columns));
        }
      }
      out.printRecord(cells("", "British Transport Police", btp, columns));
    }
  }

  private static String p1Name(String name) {
    return switch (name) {
      case "Death or serious injury caused by illegal driving" -> "Death or serious injury - unlawful driving";
      case "All other theft offences" -> "Other theft offences";
      case "Total recorded crime (excluding fraud)" -> "Total recorded crime\n(excluding fraud) [note 2]";
      default -> name;
    };
  }

  private static List<String> cells(String code, String name, Map<String, Long> sums, List<Offence> columns) {
    List<String> row = new ArrayList<>(List.of(code, name));
    columns.forEach(o -> row.add(String.format(Locale.ROOT, "%,d", sums.getOrDefault(o.name(), 0L))));
    return row;
  }

  private static @Nullable String demoForceCode(String forceName) {
    if (forceName.equals(DemoWorld.FORCE_NAME)) {
      return DemoWorld.FORCE;
    }
    return DemoWorld.OTHER_FORCES.stream().filter(f -> f.name().equals(forceName)).map(DemoWorld.DemoForce::code)
        .findFirst().orElse(null);
  }
}
