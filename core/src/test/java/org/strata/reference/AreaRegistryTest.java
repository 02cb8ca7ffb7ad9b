package org.strata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strata.common.UsageException;

class AreaRegistryTest {
  private final AreaRegistry registry = AreaRegistry.load();

  @Test
  void hasTheFortyThreeTerritorialForcesWithDistinctCodesAndSlugs() {
    assertThat(registry.forces()).hasSize(43);
    assertThat(registry.forces()).extracting(PoliceForce::code).doesNotHaveDuplicates();
    assertThat(registry.forces()).extracting(PoliceForce::slug).doesNotHaveDuplicates();
    assertThat(registry.forces())
        .extracting(PoliceForce::slug)
        .contains("avon-and-somerset", "city-of-london", "devon-and-cornwall", "dyfed-powys")
        .contains("metropolitan", "west-mercia", "north-wales");
  }

  @Test
  void hasNineEnglishRegionsUnderEnglandAndTwoCountriesUnderEnglandAndWales() {
    List<Area> regions = ofLevel(AreaLevel.REGION);
    assertThat(regions).hasSize(9);
    assertThat(regions).allMatch(r -> "E92000001".equals(r.parentCode()));
    assertThat(regions)
        .extracting(Area::code)
        .containsExactly(
            "E12000001",
            "E12000002",
            "E12000003",
            "E12000004",
            "E12000005",
            "E12000006",
            "E12000007",
            "E12000008",
            "E12000009");
    assertThat(registry.findArea("E12000006")).map(Area::name).contains("East of England");
    assertThat(ofLevel(AreaLevel.COUNTRY))
        .containsExactly(
            new Area("E92000001", "England", AreaLevel.COUNTRY, "K04000001"),
            new Area("W92000004", "Wales", AreaLevel.COUNTRY, "K04000001"));
    assertEquals(
        new Area("K04000001", "England and Wales", AreaLevel.ENGLAND_AND_WALES, null),
        registry.englandAndWales());
  }

  @Test
  void placesCannockChaseInStaffordshireInTheWestMidlands() {
    District d = registry.findDistrict("E07000192").orElseThrow();
    assertEquals(
        new District(
            "E07000192", "Cannock Chase", "E22000263", "Cannock Chase", "E23000015", "E12000005"),
        d);
    assertEquals("E23000015", registry.pfaOf("E07000192").code());
    assertEquals("Staffordshire", registry.pfaOf("E07000192").name());
    assertEquals("E12000005", registry.regionOf("E07000192").code());
    assertEquals("E92000001", registry.countryOf("E07000192").code());
    assertEquals("E07000192", registry.reportingCode(d));
  }

  @Test
  void findsAnAreaByCodeOrByNameIgnoringCaseAndSpaces() {
    Area cannock = new Area("E07000192", "Cannock Chase", AreaLevel.DISTRICT, "E23000015");
    assertThat(registry.findArea("cannock chase")).contains(cannock);
    assertThat(registry.findArea("  Cannock   Chase ")).contains(cannock);
    assertThat(registry.findArea("E07000192")).contains(cannock);
    assertThat(registry.findArea("e07000192")).contains(cannock);
  }

  @Test
  void findsTheDistrictOfASingleDistrictCspByCspCodeOrName() {
    assertThat(registry.findArea("E22000263")).map(Area::code).contains("E07000192");
    assertThat(registry.findArea("City of York")).map(Area::code).contains("E06000014");
    assertThat(registry.findCspByCode("E22000371")).map(Area::name).contains("York");
    assertThat(registry.findCspByName("Bristol, City of ")).map(Area::code).contains("E06000023");
  }

  @Test
  void findsAMultiDistrictCspAsACspArea() {
    Area csp = registry.findArea("South Worcester").orElseThrow();
    assertEquals(new Area("E22000332", "South Worcester", AreaLevel.CSP, "E23000016"), csp);
    assertThat(registry.findArea("e22000332")).contains(csp);
    assertThat(registry.findCspByName("SOUTH WORCESTER  ")).contains(csp);
    assertThat(registry.districtsOf("E22000332"))
        .extracting(District::code)
        .containsExactlyInAnyOrder("E07000235", "E07000237", "E07000238");
    assertThat(registry.findArea("E07000237").map(Area::parentCode)).contains("E22000332");
    assertEquals(
        "E22000332", registry.reportingCode(registry.findDistrict("E07000237").orElseThrow()));
    assertEquals("E23000016", registry.pfaOf("E22000332").code());
    assertEquals("E12000005", registry.regionOf("E22000332").code());
  }

  @Test
  void knowsTheDistrictsOfEachCombinedCsp() {
    Map<String, List<String>> combined =
        Map.ofEntries(
            Map.entry("E22000362", List.of("E07000040", "E07000042")),
            Map.entry("E22000363", List.of("E07000043", "E07000046")),
            Map.entry("E22000364", List.of("E07000044", "E07000045", "E07000047")),
            Map.entry("E22000374", List.of("E07000084", "E07000089", "E07000092")),
            Map.entry("E22000352", List.of("E07000107", "E07000109")),
            Map.entry("E22000366", List.of("E07000172", "E07000173", "E07000176")),
            Map.entry("W14000023", List.of("W06000024", "W06000016")),
            Map.entry("E22000373", List.of("E07000200", "E07000203", "E07000245")),
            Map.entry("E22000359", List.of("E07000221", "E07000222")),
            Map.entry("E22000368", List.of("E07000234", "E07000236", "E07000239")),
            Map.entry("E22000332", List.of("E07000235", "E07000237", "E07000238")));
    assertThat(ofLevel(AreaLevel.CSP)).extracting(Area::code).hasSameElementsAs(combined.keySet());
    combined.forEach(
        (csp, districts) ->
            assertThat(registry.districtsOf(csp))
                .extracting(District::code)
                .as(csp)
                .containsExactlyInAnyOrderElementsOf(districts));
  }

  @Test
  void resolvesLegacyCspsToTheDistrictTheyArePartOf() {
    assertThat(registry.findCspByCode("E22000063")).map(Area::code).contains("E06000058");
    assertThat(registry.findCspByName("Poole")).map(Area::code).contains("E06000058");
    assertThat(registry.findCspByName("Barrow-In-Furness")).map(Area::code).contains("E06000064");
    assertThat(registry.isLegacyCsp("E22000063")).isTrue();
    assertThat(registry.isLegacyCsp("waveney")).isTrue();
    assertThat(registry.isLegacyCsp("E22000263")).isFalse();
    assertThat(registry.findArea("E22000063")).isEmpty();
  }

  @Test
  void refusesAnUnknownAreaWithAnExactMessage() {
    UsageException e = assertThrows(UsageException.class, () -> registry.requireArea("Nowhere"));
    assertEquals(
        "area \"Nowhere\": expected a district, CSP or county name or GSS code, found no match"
            + " (try strata areas)",
        e.getMessage());
  }

  @Test
  void suggestsCloseNamesForAMisspeltArea() {
    UsageException e =
        assertThrows(UsageException.class, () -> registry.requireArea("Canock Chase"));
    assertEquals(
        "area \"Canock Chase\": expected a district, CSP or county name or GSS code, found no match"
            + " (did you mean \"Cannock Chase\"? try strata areas)",
        e.getMessage());
  }

  @Test
  void suggestsAnAreaWhoseNameTheTextContains() {
    UsageException e =
        assertThrows(UsageException.class, () -> registry.requireArea("South Worcestershire"));
    assertEquals(
        "area \"South Worcestershire\": expected a district, CSP or county name or GSS code, found no match"
            + " (did you mean \"North Worcestershire\", \"South Worcester\", \"Worcestershire\"? try strata"
            + " areas)",
        e.getMessage());
  }

  @Test
  void findsADistrictByTheShortNamePoliceUkUses() {
    assertThat(registry.findDistrictByName("Bristol")).map(District::code).contains("E06000023");
    assertThat(registry.findDistrictByName("bristol, city of"))
        .map(District::code)
        .contains("E06000023");
    assertThat(registry.findDistrictByName("Herefordshire"))
        .map(District::code)
        .contains("E06000019");
    assertThat(registry.findDistrictByName("Kingston upon Hull"))
        .map(District::code)
        .contains("E06000010");
    assertThat(registry.findDistrictByName("Nowhere")).isEmpty();
  }

  @Test
  void findsAForceByCodeNameSlugOrPoliceUkName() {
    for (String text :
        List.of(
            "West Mercia Police",
            "west-mercia",
            "West Mercia",
            "E23000016",
            "WEST MERCIA POLICE")) {
      assertThat(registry.findForce(text)).as(text).map(PoliceForce::code).contains("E23000016");
    }
    assertThat(registry.findForce("Devon & Cornwall Police"))
        .map(PoliceForce::slug)
        .contains("devon-and-cornwall");
    assertThat(registry.findForce("Devon and Cornwall Police"))
        .map(PoliceForce::slug)
        .contains("devon-and-cornwall");
    assertThat(registry.findForce("Metropolitan Police Service"))
        .map(PoliceForce::code)
        .contains("E23000001");
    assertThat(registry.findForce("Metropolitan Police"))
        .map(PoliceForce::code)
        .contains("E23000001");
    assertThat(registry.findForce("Avon and Somerset Police"))
        .map(PoliceForce::code)
        .contains("E23000036");
    assertThat(registry.findForce("Dyfed Powys Police"))
        .map(PoliceForce::code)
        .contains("W15000004");
    assertThat(registry.findArea("West Mercia Police")).map(Area::code).contains("E23000016");
    assertThat(registry.findForce("British Transport Police")).isEmpty();
  }

  @Test
  void everyForceNamedAsTheSyntheticPoliceUkGeneratorNamesItIsFound() {
    for (PoliceForce f : registry.forces()) {
      String generated =
          titleCase(f.slug().replace("-", " ")).replace(" And ", " and ").replace(" Of ", " of ")
              + " Police";
      assertThat(registry.findForce(generated)).as(generated).contains(f);
    }
  }

  @Test
  void usesTheRealCodesOfTheFourWelshForces() {
    Map<String, String> codes =
        registry.forces().stream()
            .filter(f -> f.code().startsWith("W"))
            .collect(Collectors.toMap(PoliceForce::name, PoliceForce::code));
    assertEquals(
        Map.of(
            "North Wales", "W15000001",
            "Gwent", "W15000002",
            "South Wales", "W15000003",
            "Dyfed-Powys", "W15000004"),
        codes);
    assertThat(registry.forces())
        .filteredOn(f -> f.code().startsWith("W"))
        .allMatch(f -> f.regionCode().equals("W92000004"));
  }

  @Test
  void countsTheDistrictsInsideEachLevel() {
    assertThat(registry.districtsOf("K04000001")).hasSize(318);
    assertThat(registry.districtsOf("E92000001")).hasSize(296);
    assertThat(registry.districtsOf("Wales")).hasSize(22);
    assertThat(registry.districtsOf("E12000007")).hasSize(33);
    assertThat(registry.districtsOf("E23000015")).hasSize(9);
    assertThat(registry.districtsOf("E07000192"))
        .extracting(District::code)
        .containsExactly("E07000192");
  }

  @Test
  void everyAreaButEnglandAndWalesHasAKnownParent() {
    for (Area a : registry.areas()) {
      if (a.level() == AreaLevel.ENGLAND_AND_WALES) {
        assertThat(a.parentCode()).isNull();
      } else {
        assertThat(registry.findArea(a.parentCode())).as(a.code()).isPresent();
      }
    }
    assertThat(registry.areas()).extracting(Area::code).doesNotHaveDuplicates();
  }

  @Test
  void refusesToGiveAForceForARegion() {
    UsageException e = assertThrows(UsageException.class, () -> registry.pfaOf("E12000005"));
    assertEquals(
        "area \"E12000005\": expected a district, CSP or police force area, found West Midlands"
            + " (region)",
        e.getMessage());
  }

  @Test
  void treatsWalesAsTheRegionOfWelshAreas() {
    assertEquals("W92000004", registry.regionOf("W06000015").code());
    assertEquals("W92000004", registry.regionOf("W15000003").code());
    assertEquals("W15000003", registry.pfaOf("Cardiff").code());
    assertEquals("W92000004", registry.countryOf("Cwm Taf").code());
  }

  private List<Area> ofLevel(AreaLevel level) {
    return registry.areas().stream().filter(a -> a.level() == level).toList();
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      b.append(b.length() == 0 ? "" : " ")
          .append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1));
    }
    return b.toString();
  }

  @Test
  void staffordshireCountyIsItsEightDistrictsWithoutStokeOnTrent() {
    Area county = registry.requireArea("E10000028");
    assertEquals(new Area("E10000028", "Staffordshire", AreaLevel.COUNTY, "E23000015"), county);
    assertThat(registry.districtsOf("E10000028"))
        .extracting(District::name)
        .containsExactly("Cannock Chase", "East Staffordshire", "Lichfield", "Newcastle-under-Lyme",
            "South Staffordshire", "Stafford", "Staffordshire Moorlands", "Tamworth");
    assertEquals("E23000015", registry.pfaOf("E10000028").code());
    assertEquals("E12000005", registry.regionOf("E10000028").code());
  }

  @Test
  void everyCountyLiesInOnePoliceForceAreaAndHasTheTwentyOneOf2023() {
    List<Area> counties = ofLevel(AreaLevel.COUNTY);
    assertThat(counties).hasSize(21);
    for (Area c : counties) {
      assertThat(registry.districtsOf(c.code())).extracting(District::pfaCode).containsOnly(c.parentCode());
    }
  }

  @Test
  void aCountyNameStillFindsTheForceOfTheSameName() {
    assertEquals(AreaLevel.POLICE_FORCE_AREA, registry.requireArea("Staffordshire").level());
    assertEquals(AreaLevel.COUNTY, registry.requireArea("Devon").level());
  }
}
