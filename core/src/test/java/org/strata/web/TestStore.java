package org.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.strata.cli.StrataCommand;

/**
 * A tiny hand-made store: sixteen months of police.uk-style incidents in Worcester (West Mercia)
 * and Worcester's population, loaded through the real CLI. One location is named with a script
 * tag, so pages can be checked for escaping.
 */
final class TestStore {
  static final String WORCESTER = "E07000237";
  static final String HOSTILE = "<script>alert('x')</script> Street";
  private static final String[] LSOAS = {"E01032376", "E01032377", "E01032378", "E01032379"};
  private static final String[] TYPES = {"Shoplifting", "Violence and sexual offences", "Anti-social behaviour", "Burglary"};

  private TestStore() {}

  /** Builds the store in a folder and returns its file. */
  static Path build(Path dir) throws IOException {
    Path csvDir = Files.createDirectories(dir.resolve("policeuk"));
    for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2024, 4)); m = m.plusMonths(1)) {
      Files.writeString(csvDir.resolve(m + "-west-mercia-street.csv"), month(m));
    }
    Path pop = dir.resolve("population.csv");
    Files.writeString(pop, "area_code,area_name,year,persons\nE07000237,Worcester,2022,104000\nE07000237,Worcester,2023,105143\n");
    Path db = dir.resolve("strata.duckdb");
    assertThat(StrataCommand.commandLine().execute("ingest", "police-uk", csvDir.toString(), "--db", db.toString())).isZero();
    assertThat(StrataCommand.commandLine().execute("ingest", "population", pop.toString(), "--db", db.toString())).isZero();
    return db;
  }

  private static String month(YearMonth m) {
    StringBuilder b = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
        + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
    int id = 0;
    for (int l = 0; l < LSOAS.length; l++) {
      for (int t = 0; t < TYPES.length; t++) {
        int n = 3 + (l * 7 + t * 5 + m.getMonthValue()) % 9 + (l == 0 ? 12 : 0);
        for (int i = 0; i < n; i++) {
          String location = l == 0 ? HOSTILE : "On or near Road " + l;
          boolean asb = TYPES[t].equals("Anti-social behaviour");
          b.append(asb ? "" : String.format(Locale.ROOT, "%s-%d", m, id++)).append(',').append(m)
              .append(",West Mercia Police,West Mercia Police,")
              .append(String.format(Locale.ROOT, "%.5f,%.5f", -2.22 + 0.01 * l, 52.19 + 0.008 * l))
              .append(",\"").append(location.replace("\"", "\"\"")).append("\",").append(LSOAS[l])
              .append(",Worcester 00").append(l + 1).append("A,").append(TYPES[t])
              .append(asb ? ",," : ",Under investigation,").append('\n');
        }
      }
    }
    return b.toString();
  }
}
