package org.strata.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.strata.common.AppException;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.reference.Period;
import org.strata.reference.PoliceForce;

/**
 * Generates the synthetic but realistic demonstration data set into a folder. Seeded and
 * deterministic: the same seed writes byte-identical files. Everything it writes says SYNTHETIC.
 */
public final class DemoGenerator {
  /** The seed the demo uses. */
  public static final long SEED = 20_240_401L;
  /** The financial year the demo's Table P1 covers (the assessment year). */
  static final Period P1_YEAR = Period.parse("2024-25");

  private final long seed;

  /** Creates a generator with a seed. */
  public DemoGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * Writes the data set under {@code dir/data} and the config as {@code dir/assessment.yaml}.
   *
   * @throws AppException if the folder cannot be written.
   */
  public DemoFiles generate(Path dir) {
    try {
      Path data = dir.resolve("data");
      Files.createDirectories(data);
      SplittableRandom rnd = new SplittableRandom(seed);
      List<List<Lsoa>> lsoas = Neighbourhoods.build(DemoWorld.NORTHMOOR, rnd.split());
      Path geography = data.resolve("geography_synthetic.csv");
      writeGeography(geography);
      IncidentWriter incidents = new IncidentWriter(DemoWorld.NORTHMOOR, lsoas, rnd.split());
      Path policeUk = data.resolve("policeuk");
      incidents.writeAll(policeUk);
      Path ons = data.resolve("prc-csp-mar2020-mar2025-tables-synthetic.ods");
      Map<String, Map<String, Long>> forceTotals = writeOnsTable(ons, incidents, rnd.split());
      Path p1 = data.resolve("table_p1_ye_march_2025_synthetic.csv");
      TableP1Writer.write(p1, forceTotals, P1_YEAR);
      Path population = data.resolve("population_synthetic.csv");
      writePopulation(population);
      Path survey = data.resolve("residents_survey_2024_synthetic.csv");
      DemoExtras.writeSurvey(survey);
      Path boundaries = data.resolve("boundaries");
      Files.createDirectories(boundaries);
      Path districts = boundaries.resolve("districts_synthetic.geojson");
      Path lsoaFile = boundaries.resolve("lsoas_synthetic.geojson");
      DemoExtras.writeBoundaries(districts, lsoaFile, lsoas);
      DemoExtras.writeLogo(data.resolve("logo_synthetic.png"));
      Path config = dir.resolve("assessment.yaml");
      DemoExtras.writeConfig(config);
      return new DemoFiles(geography, policeUk, ons, p1, population, survey, districts, lsoaFile, config,
          DemoWorld.SUBJECT, "2024-25", incidents.rows);
    } catch (IOException e) {
      throw new AppException("cannot write the demo data to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void writeGeography(Path file) throws IOException {
    StringBuilder s = new StringBuilder("level,code,name,parent_code,police_uk_name\n");
    s.append("region,").append(DemoWorld.REGION).append(',').append(DemoWorld.REGION_NAME).append(",E92000001,\n");
    s.append("police_force_area,").append(DemoWorld.FORCE).append(',').append(DemoWorld.FORCE_NAME)
        .append(',').append(DemoWorld.REGION).append(',').append(DemoWorld.FORCE_POLICE_UK).append('\n');
    for (DemoWorld.DemoForce f : DemoWorld.OTHER_FORCES) {
      s.append("police_force_area,").append(f.code()).append(',').append(f.name()).append(',')
          .append(DemoWorld.REGION).append(',').append(f.name()).append(" Police\n");
    }
    List<DemoWorld.DemoDistrict> all = allDistricts();
    for (DemoWorld.DemoDistrict d : all) {
      if (!d.cspCode().equals(d.code()) && s.indexOf("csp," + d.cspCode()) < 0) {
        s.append("csp,").append(d.cspCode()).append(',').append(d.cspName()).append(',').append(d.pfa()).append(",\n");
      }
    }
    for (DemoWorld.DemoDistrict d : all) {
      s.append("district,").append(d.code()).append(',').append(d.name()).append(',')
          .append(d.cspCode().equals(d.code()) ? d.pfa() : d.cspCode()).append(",\n");
    }
    Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
  }

  static List<DemoWorld.DemoDistrict> allDistricts() {
    List<DemoWorld.DemoDistrict> all = new ArrayList<>(DemoWorld.NORTHMOOR);
    DemoWorld.OTHER_FORCES.forEach(f -> all.addAll(f.districts()));
    return all;
  }

  /** Writes the open data .ods; returns each force's headline counts for the Table P1 year. */
  private static Map<String, Map<String, Long>> writeOnsTable(Path file, IncidentWriter inc, SplittableRandom rnd)
      throws IOException {
    int types = CrimeMix.TYPES.size();
    try (OnsTableWriter ons = new OnsTableWriter(file, "23 July 2025", P1_YEAR)) {
      for (int q = 0; q < CrimeMix.MONTHS / 3; q++) {
        YearMonth first = CrimeMix.FIRST.plusMonths(q * 3L);
        Map<String, long[]> byCsp = new TreeMap<>();
        for (int d = 0; d < DemoWorld.NORTHMOOR.size(); d++) {
          long[] sum = byCsp.computeIfAbsent(DemoWorld.NORTHMOOR.get(d).cspName(), k -> new long[types]);
          for (int m = q * 3; m < q * 3 + 3; m++) {
            for (int t = 0; t < types; t++) {
              sum[t] += inc.counts[d][m][t];
            }
          }
        }
        for (var e : byCsp.entrySet()) {
          ons.quarter(first, DemoWorld.FORCE_NAME, e.getKey(), e.getValue(), rnd);
        }
        for (DemoWorld.DemoForce f : DemoWorld.OTHER_FORCES) {
          for (DemoWorld.DemoDistrict d : f.districts()) {
            ons.quarter(first, f.name(), d.name(), simulated(d.population(), d.crimeLevel(), first, rnd), rnd);
          }
        }
        for (PoliceForce f : AreaRegistry.load().forces()) {
          long pop = realForcePopulation(f);
          ons.quarter(first, f.name(), "Unassigned " + f.name(), simulated(pop, 1.22, first, rnd), rnd);
        }
      }
      return ons.forceTotals();
    }
  }

  /** Quarterly counts by police.uk type for an area without incident-level data. */
  private static long[] simulated(long population, double level, YearMonth first, SplittableRandom rnd) {
    long[] out = new long[CrimeMix.TYPES.size()];
    for (int t = 0; t < out.length; t++) {
      CrimeMix.Type type = CrimeMix.TYPES.get(t);
      double mean = 0;
      for (int m = 0; m < 3; m++) {
        mean += type.ratePer1000() / 12 * population / 1000 * level * CrimeMix.factor(type, first.plusMonths(m));
      }
      out[t] = Poisson.draw(mean, rnd);
    }
    return out;
  }

  /** A real force's synthetic population: its share of districts of the rest of England and Wales. */
  static long realForcePopulation(PoliceForce f) {
    List<District> all = AreaRegistry.load().districts();
    long mine = all.stream().filter(d -> d.pfaCode().equals(f.code())).count();
    return Math.round(DemoWorld.REST_OF_ENGLAND_AND_WALES * (double) mine / all.size());
  }

  private static void writePopulation(Path file) throws IOException {
    StringBuilder s = new StringBuilder("area_code,area_name,year,persons\n");
    long fictional = 0;
    for (DemoWorld.DemoDistrict d : allDistricts()) {
      fictional += d.population();
    }
    for (int year = 2018; year <= 2024; year++) {
      double f = Math.pow(1.006, year - 2024);
      for (DemoWorld.DemoDistrict d : allDistricts()) {
        s.append(String.format(Locale.ROOT, "%s,%s,%d,%d%n", d.code(), d.name(), year, Math.round(d.population() * f)));
      }
      s.append(String.format(Locale.ROOT, "K04000001,England and Wales,%d,%d%n", year,
          Math.round((DemoWorld.REST_OF_ENGLAND_AND_WALES + fictional) * f)));
      s.append(String.format(Locale.ROOT, "E92000001,England,%d,%d%n", year,
          Math.round((DemoWorld.REST_OF_ENGLAND + fictional) * f)));
    }
    Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
  }
}
