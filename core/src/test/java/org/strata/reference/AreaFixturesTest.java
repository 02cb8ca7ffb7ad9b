package org.strata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Checks the area facts against the real ONS and police.uk files in the shared fixtures. */
class AreaFixturesTest {
  private static final Set<String> DISTRICT_GEOGRAPHIES =
      Set.of(
          "Non-metropolitan District",
          "Unitary Authority",
          "Metropolitan District",
          "London Borough");
  private static final String COMBINED = "Combined Local Authorities";

  private final AreaRegistry registry = AreaRegistry.load();

  @Test
  void holdsExactlyTheDistrictsOfTheMidYearEstimatesWithTheirNames() throws IOException {
    Map<String, String> mye = new TreeMap<>();
    for (List<String> row : Fixtures.rows(Fixtures.MYE4)) {
      if (DISTRICT_GEOGRAPHIES.contains(row.get(2))) {
        mye.put(row.get(0), row.get(1));
      }
    }
    Map<String, String> ours =
        registry.districts().stream()
            .collect(Collectors.toMap(District::code, District::name, (a, b) -> a, TreeMap::new));
    assertThat(mye).hasSize(318);
    assertEquals(mye, ours);
  }

  @Test
  void matchesEverySingleDistrictCspRowOfTableC2() throws IOException {
    Map<String, Long> rowsPerLa =
        cspRows()
            .filter(r -> !r.get(4).equals(COMBINED))
            .collect(Collectors.groupingBy(r -> r.get(4), Collectors.counting()));
    int checked = 0;
    for (List<String> r : cspRows().toList()) {
      String la = r.get(4);
      if (la.equals(COMBINED) || rowsPerLa.get(la) > 1 || registry.isLegacyCsp(r.get(2))) {
        continue;
      }
      District d =
          registry.findDistrict(la).orElseThrow(() -> new AssertionError("no district " + la));
      assertEquals(
          List.of(r.get(2), r.get(3).strip(), la, r.get(0)),
          List.of(d.cspCode(), d.cspName(), d.code(), d.pfaCode()),
          "C2 row " + r.subList(0, 6));
      checked++;
    }
    assertThat(checked).isEqualTo(314 - 11 - 20);
  }

  @Test
  void mapsEveryLegacyCspRowOfTableC2ToTheDistrictItsCountsBelongTo() throws IOException {
    Map<String, String> cumbria =
        Map.of(
            "E07000026",
            "E06000063",
            "E07000028",
            "E06000063",
            "E07000029",
            "E06000063",
            "E07000027",
            "E06000064",
            "E07000030",
            "E06000064",
            "E07000031",
            "E06000064");
    Set<String> unknownLa = new TreeSet<>();
    Map<String, LegacyCsp> legacy =
        AreaTables.legacyCsps().stream()
            .collect(Collectors.toMap(LegacyCsp::code, Function.identity()));
    Map<String, Long> rowsPerLa =
        cspRows().collect(Collectors.groupingBy(r -> r.get(4), Collectors.counting()));
    Set<String> expected = new TreeSet<>();
    for (List<String> r : cspRows().toList()) {
      String la = r.get(4);
      boolean shared = !la.equals(COMBINED) && rowsPerLa.get(la) > 1;
      boolean abolished = registry.findDistrict(la).isEmpty() && !la.equals(COMBINED);
      if (!shared && !abolished) {
        continue;
      }
      if (abolished && !cumbria.containsKey(la)) {
        unknownLa.add(la);
      }
      expected.add(r.get(2));
      LegacyCsp c = legacy.get(r.get(2));
      assertThat(c).as("legacy CSP " + r.get(2)).isNotNull();
      assertEquals(
          List.of(r.get(3).strip(), cumbria.getOrDefault(la, la), r.get(0)),
          List.of(c.name(), c.districtCode(), c.pfaCode()));
      assertEquals(c.pfaCode(), registry.findDistrict(c.districtCode()).orElseThrow().pfaCode());
    }
    assertThat(unknownLa).isEmpty();
    assertEquals(expected, new TreeSet<>(legacy.keySet()));
  }

  @Test
  void findsEveryCspOfTableC2ByCodeAndByName() throws IOException {
    for (List<String> r : cspRows().toList()) {
      Area byCode =
          registry.findCspByCode(r.get(2)).orElseThrow(() -> new AssertionError(r.get(2)));
      assertThat(registry.findCspByName(r.get(3))).as(r.get(3)).contains(byCode);
    }
  }

  @Test
  void combinedCspsOfTableC2AreThoseWhoseDistrictsAreNotListed() throws IOException {
    Map<String, List<String>> c2 =
        cspRows()
            .filter(r -> r.get(4).equals(COMBINED))
            .collect(Collectors.toMap(r -> r.get(2), r -> List.of(r.get(3).strip(), r.get(0))));
    Set<String> listed = cspRows().map(r -> r.get(4)).collect(Collectors.toSet());
    assertThat(c2).hasSize(11);
    for (Map.Entry<String, List<String>> e : c2.entrySet()) {
      Area csp = registry.findArea(e.getKey()).orElseThrow();
      assertEquals(
          new Area(e.getKey(), e.getValue().get(0), AreaLevel.CSP, e.getValue().get(1)), csp);
      for (District d : registry.districtsOf(e.getKey())) {
        assertThat(listed).as(d.name() + " is listed as an LA row in C2").doesNotContain(d.code());
        assertEquals(e.getValue().get(1), d.pfaCode());
      }
    }
    Set<String> unlisted =
        registry.districts().stream()
            .filter(d -> !listed.contains(d.code()))
            .map(District::code)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> inCombined =
        c2.keySet().stream()
            .flatMap(c -> registry.districtsOf(c).stream())
            .map(District::code)
            .collect(Collectors.toCollection(TreeSet::new));
    inCombined.addAll(Set.of("E06000063", "E06000064"));
    assertEquals(unlisted, inCombined);
  }

  @Test
  void usesTheForceCodesAndNamesOfTableC2() throws IOException {
    Map<String, String> c2 = new HashMap<>();
    for (List<String> r : Fixtures.c2Rows()) {
      if (!r.get(0).isEmpty() && r.get(2).isEmpty() && r.get(3).isEmpty()) {
        c2.put(r.get(0), r.get(1).replaceAll("\\[note \\d+]", "").strip());
      }
    }
    assertThat(c2).hasSize(42);
    c2.put("E23000034", "City of London");
    Map<String, String> ours =
        registry.forces().stream().collect(Collectors.toMap(PoliceForce::code, PoliceForce::name));
    assertEquals(c2, ours);
  }

  @Test
  void resolvesTheFallsWithinNamesOfTheRealPoliceUkFiles() throws IOException {
    Path root = Fixtures.require(Fixtures.POLICE_UK);
    Map<String, String> seen = new TreeMap<>();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        for (String fallsWithin : column(firstCsv(folder), "Falls within")) {
          PoliceForce f =
              registry.findForce(fallsWithin).orElseThrow(() -> new AssertionError(fallsWithin));
          assertEquals(folder.getFileName().toString(), f.slug());
          assertEquals(fallsWithin, f.policeUkName());
          seen.put(fallsWithin, f.slug());
        }
      }
    }
    assertThat(seen)
        .containsOnlyKeys("City of London Police", "Warwickshire Police", "West Mercia Police");
  }

  @Test
  void resolvesTheDistrictPartOfEveryLsoaNameInThePoliceUkFiles() throws IOException {
    Path root = Fixtures.require(Fixtures.POLICE_UK);
    Set<String> unresolved = new TreeSet<>();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        for (String lsoa : column(firstCsv(folder), "LSOA name")) {
          String district = lsoa.replaceFirst(" \\d{3}[A-Z]$", "");
          if (!lsoa.isEmpty() && registry.findDistrictByName(district).isEmpty()) {
            unresolved.add(lsoa);
          }
        }
      }
    }
    assertThat(unresolved).isEmpty();
  }

  private static Stream<List<String>> cspRows() throws IOException {
    return Fixtures.c2Rows().stream().filter(r -> !r.get(2).isEmpty());
  }

  private static Path firstCsv(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
    }
  }

  private static Set<String> column(Path csv, String column) throws IOException {
    Set<String> values = new TreeSet<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (CSVRecord r : parser) {
        values.add(r.get(column));
      }
    }
    return values;
  }

  /** mySociety's register: current county councils (type CTY) and the districts whose county-la they are. */
  @Test
  void countiesAreTheCountyCouncilsOfTheLocalAuthorityRegisterWithTheirDistricts() throws IOException {
    Path file = Fixtures.require(Fixtures.DIR.resolve("lookups/mysociety_uk_local_authorities.csv"));
    Map<String, String> councilCodes = new HashMap<>();
    Map<String, Set<String>> expected = new TreeMap<>();
    List<CSVRecord> current;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      current = p.stream().filter(x -> x.get("current-authority").equals("True")).toList();
    }
    current.stream().filter(x -> x.get("local-authority-type").equals("CTY"))
        .forEach(x -> councilCodes.put(x.get("local-authority-code"), x.get("gss-code")));
    for (CSVRecord x : current) {
      String county = councilCodes.get(x.get("county-la"));
      if (county != null) {
        expected.computeIfAbsent(county, k -> new TreeSet<>()).add(x.get("gss-code"));
      }
    }
    Map<String, Set<String>> ours = new TreeMap<>();
    registry.areas().stream().filter(a -> a.level() == AreaLevel.COUNTY).forEach(a -> ours.put(a.code(),
        registry.districtsOf(a.code()).stream().map(District::code).collect(Collectors.toCollection(TreeSet::new))));
    assertThat(expected).hasSize(21);
    assertEquals(expected, ours);
  }
}
