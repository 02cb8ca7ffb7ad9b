package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's district map shades every district of the force that the store has a rate for. */
class DistrictMapTest {
  @TempDir Path dir;

  /** One police.uk month: {@code worcester} shoplifting records in Worcester, {@code wychavon} in Wychavon. */
  private static String month(YearMonth m, int worcester, int wychavon) {
    StringBuilder b = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
        + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
    int id = 0;
    for (int i = 0; i < worcester + wychavon; i++) {
      boolean home = i < worcester;
      b.append(String.format(Locale.ROOT, "%s-%d,%s,West Mercia Police,West Mercia Police,%s,On or near Road,%s,%s,"
          + "Shoplifting,Under investigation,%n", m, id++, m, home ? "-2.22000,52.19000" : "-2.08000,52.11000",
          home ? "E01032376" : "E01032300", home ? "Worcester 001A" : "Wychavon 001A"));
    }
    return b.toString();
  }

  private static String district(String code, String name, double x) {
    return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"LAD23CD\":\"%s\",\"LAD23NM\":\"%s\"},"
        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.2f,52.1],[%.2f,52.1],[%.2f,52.3],[%.2f,52.3],[%.2f,52.1]]]}}",
        code, name, x, x + 0.1, x + 0.1, x, x);
  }

  @Test
  void neighbourWithDataIsShadedWithItsOwnRate() throws IOException {
    Path csvDir = Files.createDirectories(dir.resolve("policeuk"));
    for (YearMonth m = YearMonth.of(2023, 4); !m.isAfter(YearMonth.of(2024, 3)); m = m.plusMonths(1)) {
      Files.writeString(csvDir.resolve(m + "-west-mercia-street.csv"), month(m, 10, 25));
    }
    Path pop = dir.resolve("population.csv");
    Files.writeString(pop, "area_code,area_name,year,persons\nE07000237,Worcester,2023,100000\n"
        + "E07000238,Wychavon,2023,120000\n");
    Path geo = dir.resolve("districts.geojson");
    Files.writeString(geo, "{\"type\":\"FeatureCollection\",\"features\":["
        + district("E07000237", "Worcester", -2.25) + "," + district("E07000238", "Wychavon", -2.15) + "]}");
    String db = dir.resolve("s.duckdb").toString();
    assertThat(CliRunner.run("ingest", "police-uk", csvDir.toString(), "--db", db).exit()).isZero();
    assertThat(CliRunner.run("ingest", "population", pop.toString(), "--db", db).exit()).isZero();
    Path out = dir.resolve("r");
    CliRunner r = CliRunner.run("report", "--db", db, "--area", "Worcester", "--period", "2023-04..2024-03",
        "--format", "html", "--boundaries", geo.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out.resolve("assessment.html"));
    // Worcester 120 records / 100,000 residents = 1.2 per 1,000; Wychavon 300 / 120,000 = 2.5 per 1,000.
    assertThat(html).contains("Worcester and its neighbours. Recorded crime per 1,000 residents, 2023-24:"
        + " Worcester 1.2. Other areas with a value, highest first: Wychavon 2.5.");
  }
}
