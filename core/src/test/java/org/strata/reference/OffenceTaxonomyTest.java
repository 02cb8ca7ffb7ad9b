package org.strata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.BadInputException;
import org.strata.common.UsageException;

class OffenceTaxonomyTest {
  private final OffenceTaxonomy taxonomy = OffenceTaxonomy.load();

  @Test
  void listsTheTwentyThreeOnsHeadlineCategoriesInTableC2Order() {
    assertThat(taxonomy.ons()).hasSize(23);
    assertThat(taxonomy.ons()).extracting(Offence::order).isSorted().doesNotHaveDuplicates();
    assertEquals(taxonomy.total(Taxonomy.ONS), taxonomy.ons().get(0));
    assertEquals("Total recorded crime (excluding fraud)", taxonomy.total(Taxonomy.ONS).name());
    assertThat(taxonomy.ons().get(22).name()).isEqualTo("Miscellaneous crimes against society");
    assertThat(taxonomy.find(Taxonomy.ONS, "Fraud offences")).isEmpty();
  }

  @Test
  void listsTheFourteenPoliceUkCrimeTypesAndTheirTotal() {
    assertThat(taxonomy.policeUk()).hasSize(15);
    assertThat(taxonomy.policeUk())
        .extracting(Offence::name)
        .containsExactly(
            "All crime",
            "Anti-social behaviour",
            "Bicycle theft",
            "Burglary",
            "Criminal damage and arson",
            "Drugs",
            "Other crime",
            "Other theft",
            "Possession of weapons",
            "Public order",
            "Robbery",
            "Shoplifting",
            "Theft from the person",
            "Vehicle crime",
            "Violence and sexual offences");
    Offence total = taxonomy.total(Taxonomy.POLICE_UK);
    assertThat(taxonomy.children(total)).hasSize(13).allMatch(o -> o.level() == OffenceLevel.GROUP);
    Offence asb = taxonomy.find(Taxonomy.POLICE_UK, "Anti-social behaviour").orElseThrow();
    assertEquals(OffenceLevel.INCIDENT, asb.level());
    assertThat(taxonomy.parentOf(asb)).isEmpty();
  }

  @Test
  void putsTheFiveViolenceSubgroupsUnderViolenceAgainstThePerson() {
    Offence vap = taxonomy.find(Taxonomy.ONS, "Violence against the person").orElseThrow();
    assertThat(taxonomy.children(vap))
        .extracting(Offence::name)
        .containsExactly(
            "Homicide",
            "Death or serious injury caused by illegal driving",
            "Violence with injury",
            "Violence without injury",
            "Stalking and harassment");
    assertThat(taxonomy.children(vap)).allMatch(o -> o.level() == OffenceLevel.SUBGROUP);
    assertThat(taxonomy.parentOf(vap)).contains(taxonomy.total(Taxonomy.ONS));
  }

  @Test
  void putsResidentialAndNonResidentialBurglaryUnderBurglaryUnderTheft() {
    Offence burglary = taxonomy.find(Taxonomy.ONS, "Burglary").orElseThrow();
    assertThat(taxonomy.children(burglary))
        .extracting(Offence::name, Offence::level)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Residential burglary", OffenceLevel.DETAIL),
            org.assertj.core.groups.Tuple.tuple("Non-residential burglary", OffenceLevel.DETAIL));
    assertThat(taxonomy.parentOf(burglary)).map(Offence::name).contains("Theft offences");
    assertThat(taxonomy.children(taxonomy.parentOf(burglary).orElseThrow())).hasSize(6);
  }

  @Test
  void findsANameWrittenWithLineBreaksNotesAndTrailingSpaces() {
    Offence total = taxonomy.total(Taxonomy.ONS);
    assertThat(taxonomy.find(Taxonomy.ONS, "Total recorded crime\n (excluding fraud)"))
        .contains(total);
    assertThat(taxonomy.find(Taxonomy.ONS, "Total recorded crime (excluding fraud) [note 5]"))
        .contains(total);
    assertThat(taxonomy.find(Taxonomy.ONS, "SHOPLIFTING  "))
        .map(Offence::name)
        .contains("Shoplifting");
    assertThat(taxonomy.find(Taxonomy.POLICE_UK, "violence and sexual offences\r\n"))
        .map(Offence::name)
        .contains("Violence and sexual offences");
  }

  @Test
  void findsOnsCategoriesByTheirOpenDataNames() {
    assertThat(taxonomy.find(Taxonomy.ONS, "Domestic burglary"))
        .map(Offence::name)
        .contains("Residential burglary");
    assertThat(taxonomy.find(Taxonomy.ONS, "Other theft offences"))
        .map(Offence::name)
        .contains("All other theft offences");
    assertThat(taxonomy.find(Taxonomy.ONS, "Non-domestic burglary"))
        .map(Offence::name)
        .contains("Non-residential burglary");
    assertThat(taxonomy.find(Taxonomy.POLICE_UK, "Domestic burglary")).isEmpty();
  }

  @Test
  void givesEveryPoliceUkCrimeTypeButAntiSocialBehaviourAComparableOnsCategory() {
    for (Offence o : taxonomy.policeUk()) {
      List<Offence> ons = taxonomy.crosswalk(o, Taxonomy.ONS);
      if (o.level() == OffenceLevel.INCIDENT) {
        assertThat(ons).as(o.name()).isEmpty();
      } else {
        assertThat(ons).as(o.name()).isNotEmpty();
      }
    }
    Offence vso = taxonomy.find(Taxonomy.POLICE_UK, "Violence and sexual offences").orElseThrow();
    assertThat(taxonomy.crosswalk(vso, Taxonomy.ONS))
        .extracting(Offence::name)
        .containsExactly("Violence against the person", "Sexual offences");
    Offence vehicle = taxonomy.find(Taxonomy.POLICE_UK, "Vehicle crime").orElseThrow();
    assertThat(taxonomy.crosswalk(vehicle, Taxonomy.ONS))
        .extracting(Offence::name)
        .containsExactly("Vehicle offences");
  }

  @Test
  void neverGivesAComparableNameToACategoryAndItsAncestorBoth() {
    for (Taxonomy t : List.of(Taxonomy.ONS, Taxonomy.POLICE_UK)) {
      for (Offence o : taxonomy.offences(t)) {
        if (o.comparable() == null || o.isTotal()) {
          continue;
        }
        Optional<Offence> up = taxonomy.parentOf(o);
        while (up.isPresent() && !up.get().isTotal()) {
          assertThat(up.get().comparable()).as(o.name() + " under " + up.get().name()).isNull();
          up = taxonomy.parentOf(up.get());
        }
      }
    }
  }

  @Test
  void weighsHomicideAtFiveThousandFourHundredAndSeventyFiveDays() {
    Offence homicide = taxonomy.find(Taxonomy.ONS, "Homicide").orElseThrow();
    assertEquals(5475.0, taxonomy.harmDays(homicide));
    assertEquals(
        "derived from Cambridge Crime Harm Index 2026 medians (isthisben/cbl-realcrime"
            + " cchi_weights.csv)",
        taxonomy.harmWeight(homicide).source());
    assertEquals(
        273.5,
        taxonomy.harmDays(taxonomy.find(Taxonomy.ONS, "Residential burglary").orElseThrow()));
    assertEquals(
        1.0,
        taxonomy.harmDays(
            taxonomy.find(Taxonomy.POLICE_UK, "Anti-social behaviour").orElseThrow()));
    for (Offence o : taxonomy.ons()) {
      assertThat(taxonomy.harmDays(o)).as(o.name()).isPositive();
    }
  }

  @Test
  void replacesTheWeightsAUsersFileNamesAndKeepsTheRest(@TempDir Path dir) throws IOException {
    Path csv =
        write(
            dir,
            "taxonomy,category,cchi_days\n"
                + "ons,Shoplifting,3.5\n"
                + "police_uk,\"Anti-social behaviour\",0\n");
    OffenceTaxonomy custom = taxonomy.withHarmWeights(csv);
    Offence shoplifting = custom.find(Taxonomy.ONS, "Shoplifting").orElseThrow();
    assertEquals(3.5, custom.harmDays(shoplifting));
    assertEquals(
        "user-supplied harm weights (weights.csv)", custom.harmWeight(shoplifting).source());
    assertEquals(
        0.0,
        custom.harmDays(custom.find(Taxonomy.POLICE_UK, "Anti-social behaviour").orElseThrow()));
    assertEquals(5475.0, custom.harmDays(custom.find(Taxonomy.ONS, "Homicide").orElseThrow()));
    assertEquals(1.0, taxonomy.harmDays(shoplifting));
  }

  @Test
  void refusesAWeightThatIsNotANumber(@TempDir Path dir) throws IOException {
    Path csv = write(dir, "taxonomy,category,cchi_days\nons,Shoplifting,1\nons,Robbery,lots\n");
    BadInputException e =
        assertThrows(BadInputException.class, () -> taxonomy.withHarmWeights(csv));
    assertEquals(
        "weights.csv:3: column \"cchi_days\": expected a number of days >= 0, found \"lots\"",
        e.getMessage());
  }

  @Test
  void refusesAnUnknownCategoryOrTaxonomy(@TempDir Path dir) throws IOException {
    Path fraud = write(dir, "taxonomy,category,cchi_days\nons,Fraud,1\n");
    assertEquals(
        "weights.csv:2: column \"category\": expected a category of taxonomy ons, found \"Fraud\"",
        assertThrows(BadInputException.class, () -> taxonomy.withHarmWeights(fraud)).getMessage());
    Path local = write(dir, "taxonomy,category,cchi_days\nlocal,Knife crime,1\n");
    assertEquals(
        "weights.csv:2: column \"taxonomy\": expected ons or police_uk, found \"local\"",
        assertThrows(BadInputException.class, () -> taxonomy.withHarmWeights(local)).getMessage());
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns(@TempDir Path dir) throws IOException {
    Path csv = write(dir, "category,prc_subgroup,cchi_days\nRobbery,Robbery,365\n");
    assertEquals(
        "weights.csv:1: expected columns taxonomy,category,cchi_days, found"
            + " category,prc_subgroup,cchi_days",
        assertThrows(BadInputException.class, () -> taxonomy.withHarmWeights(csv)).getMessage());
  }

  @Test
  void refusesACategoryWeighedTwice(@TempDir Path dir) throws IOException {
    Path csv = write(dir, "taxonomy,category,cchi_days\nons,Robbery,1\nons,ROBBERY,2\n");
    assertEquals(
        "weights.csv:3: expected one weight per category, found a second for ons \"Robbery\""
            + " (first on line 2)",
        assertThrows(BadInputException.class, () -> taxonomy.withHarmWeights(csv)).getMessage());
  }

  @Test
  void refusesAMissingFile(@TempDir Path dir) {
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> taxonomy.withHarmWeights(dir.resolve("none.csv")));
    assertThat(e.getMessage()).startsWith("none.csv:1: expected a readable UTF-8 CSV file, found ");
  }

  @Test
  void refusesAnUnknownOffenceWithAnExactMessage() {
    UsageException e =
        assertThrows(
            UsageException.class, () -> taxonomy.requireOffence(Taxonomy.POLICE_UK, "Fraud"));
    assertEquals(
        "offence \"Fraud\": expected a category of taxonomy police_uk, found no match",
        e.getMessage());
  }

  private static Path write(Path dir, String text) throws IOException {
    return Files.writeString(dir.resolve("weights.csv"), text, StandardCharsets.UTF_8);
  }
}
