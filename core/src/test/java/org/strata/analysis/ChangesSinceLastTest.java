package org.strata.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.strata.common.UsageException;

class ChangesSinceLastTest {
  private static final LocalInputs WHY = new LocalInputs(List.of(), Map.of("shoplifting", "Two retail parks opened."),
      List.of(), List.of());

  private final Assessment now = Assessments.of(counts(1100, 300), List.of("Shoplifting", "Violence against the person",
      "Burglary", "Robbery", "Drug offences", "Criminal damage and arson"), WHY);

  private static Map<String, Long> counts(long total, long shoplifting) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put(Assessments.TOTAL, total);
    m.put("Shoplifting", shoplifting);
    return m;
  }

  private static PreviousAssessment previous(String code) {
    return new PreviousAssessment("last/assessment.json", code, "Testborough", "2023-24", "2023-24", 100_000L,
        List.of(new PreviousAssessment.Priority(2, "Criminal damage and arson"),
            new PreviousAssessment.Priority(1, "Violence against the person"),
            new PreviousAssessment.Priority(3, "Shoplifting"), new PreviousAssessment.Priority(4, "Public order offences"),
            new PreviousAssessment.Priority(5, "Burglary"), new PreviousAssessment.Priority(6, "Robbery")),
        List.of(new PreviousAssessment.Category(Assessments.TOTAL, "ons", 1000, 10.0),
            new PreviousAssessment.Category("Shoplifting", "ons", 180, 1.8)),
        List.of("Focus on violence."));
  }

  @Test
  void lastYearsTopFiveAreFollowedToTheirRankNow() {
    Changes c = ChangesSinceLast.compare(now, previous("E07999001"), WHY);
    assertThat(c.priorities()).containsExactly(
        new Changes.PriorityMove("Violence against the person", 1, 2, ""),
        new Changes.PriorityMove("Criminal damage and arson", 2, 6, ""),
        new Changes.PriorityMove("Shoplifting", 3, 1, "Two retail parks opened."),
        new Changes.PriorityMove("Public order offences", 4, null, ""),
        new Changes.PriorityMove("Burglary", 5, 3, ""));
    assertThat(c.entering()).containsExactly("Robbery", "Drug offences");
    assertThat(c.leaving()).containsExactly("Criminal damage and arson", "Public order offences");
    assertThat(c.previousMessages()).containsExactly("Focus on violence.");
  }

  /** Equal populations: 1,100 against 1,000 is binomial(2,100, 0.5), two-sided p = 0.0307; 300 against 180 is binomial(480, 0.5), p = 4.786e-8. */
  @Test
  void ratesAreTestedWithTheExactPoissonTest() {
    Changes c = ChangesSinceLast.compare(now, previous("E07999001"), WHY);
    assertThat(c.rates()).hasSize(2);
    Changes.RateChange total = c.rates().get(0);
    assertEquals(10.0, total.changePct(), 1e-9);
    assertThat(total.significance().pValue()).isCloseTo(0.030721, Offset.offset(1e-5));
    assertThat(total.significance().significant()).isTrue();
    Changes.RateChange shop = c.rates().get(1);
    assertEquals(66.6667, shop.changePct(), 1e-4);
    assertThat(shop.significance().pValue()).isCloseTo(4.7862e-8, Offset.offset(1e-11));
    assertEquals("Two retail parks opened.", shop.why());
  }

  @Test
  void lastYearsAssessmentOfAnotherAreaIsRefused() {
    var e = assertThrows(UsageException.class, () -> ChangesSinceLast.compare(now, previous("E07000192"), WHY));
    assertEquals("--previous last/assessment.json: expected an assessment of Testborough (E07999001), found one of"
        + " Testborough (E07000192)", e.getMessage());
  }

  @Test
  void eachCategoryComparedBecomesOneFindingWithRankAndRate() {
    Changes c = ChangesSinceLast.compare(now, previous("E07999001"), WHY);
    List<Finding.SinceLastAssessment> f = StatutoryAnalysis.findings(now, c, List.of()).stream()
        .map(Finding.SinceLastAssessment.class::cast).toList();
    assertThat(f).extracting(Finding::category).containsExactly("Violence against the person",
        "Criminal damage and arson", "Shoplifting", "Public order offences", "Burglary", Assessments.TOTAL);
    Finding.SinceLastAssessment shop = f.get(2);
    assertEquals(3, shop.previousRank());
    assertEquals(1, shop.rank());
    assertEquals(180L, shop.previousCount());
    assertEquals(300, shop.count());
    assertThat(shop.significance().pValue()).isCloseTo(4.7862e-8, Offset.offset(1e-11));
    assertEquals("Two retail parks opened.", shop.why());
    assertEquals(Finding.Kind.CHANGE_SINCE_LAST, shop.kind());
    assertThat(f.get(5).previousRank()).isNull();
  }
}
