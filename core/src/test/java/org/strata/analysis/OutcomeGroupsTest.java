package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strata.analysis.input.OutcomeCount;

class OutcomeGroupsTest {
  /** Every outcome the real police.uk files in the shared fixtures carry. */
  @Test
  void groupsThePublishedOutcomeCategories() {
    assertEquals("No suspect identified", OutcomeGroups.groupOf("Investigation complete; no suspect identified"));
    assertEquals("Under investigation", OutcomeGroups.groupOf("Under investigation"));
    assertEquals("Unable to prosecute", OutcomeGroups.groupOf("Unable to prosecute suspect"));
    assertEquals("Other or unavailable", OutcomeGroups.groupOf(""));
    assertEquals("Other or unavailable", OutcomeGroups.groupOf("Status update unavailable"));
    assertEquals("Charged or summonsed", OutcomeGroups.groupOf("Awaiting court outcome"));
    assertEquals("Charged or summonsed", OutcomeGroups.groupOf("Court result unavailable"));
    assertEquals("Out-of-court disposal", OutcomeGroups.groupOf("Local resolution"));
    assertEquals("Out-of-court disposal", OutcomeGroups.groupOf("Offender given a caution"));
    assertEquals("Another organisation", OutcomeGroups.groupOf("Action to be taken by another organisation"));
    assertEquals("Not in the public interest", OutcomeGroups.groupOf("Further investigation is not in the public interest"));
    assertEquals("Out-of-court disposal", OutcomeGroups.groupOf("Offender given a drugs possession warning"));
    assertEquals("Not in the public interest", OutcomeGroups.groupOf("Formal action is not in the public interest"));
    assertEquals("Out-of-court disposal", OutcomeGroups.groupOf("Offender given penalty notice"));
    assertEquals("Charged or summonsed", OutcomeGroups.groupOf("Offender sent to prison"));
  }

  /** Area: 3 robberies (1 awaiting court, 2 no suspect) and 1 shoplifting under investigation; force: 10 robberies, 5 charged. */
  @Test
  void sharesAreOfTheTypesCrimesForTheAreaAndTheForce() {
    List<OutcomeRow> rows = OutcomeGroups.rows(List.of(
        new OutcomeCount("subject", "Robbery", "Awaiting court outcome", 1),
        new OutcomeCount("subject", "Robbery", "Investigation complete; no suspect identified", 2),
        new OutcomeCount("subject", "Shoplifting", "Under investigation", 1),
        new OutcomeCount("police_force_area", "Robbery", "Offender fined", 5),
        new OutcomeCount("police_force_area", "Robbery", "Unable to prosecute suspect", 5)));
    assertThat(rows).extracting(OutcomeRow::crimeType).containsExactly("All crime", "Robbery", "Shoplifting");
    assertEquals(4, rows.get(0).crimes());
    assertEquals(25.0, rows.get(0).shares().get("Charged or summonsed"), 1e-9);
    assertEquals(50.0, rows.get(0).shares().get("No suspect identified"), 1e-9);
    assertEquals(25.0, rows.get(0).shares().get("Under investigation"), 1e-9);
    OutcomeRow robbery = rows.get(1);
    assertEquals(33.3333, robbery.shares().get("Charged or summonsed"), 1e-4);
    assertEquals(10, robbery.forceCrimes());
    assertEquals(50.0, robbery.forceShares().get("Charged or summonsed"), 1e-9);
    assertEquals(0, rows.get(2).forceCrimes());
    assertEquals(0.0, rows.get(2).forceShares().get("Charged or summonsed"), 1e-9);
  }

  @Test
  void noRowsWithoutTheAreasCrimes() {
    assertThat(OutcomeGroups.rows(List.of(new OutcomeCount("police_force_area", "Robbery", "", 3)))).isEmpty();
  }
}
