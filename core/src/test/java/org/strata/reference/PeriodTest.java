package org.strata.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.strata.common.UsageException;

class PeriodTest {
  @Test
  void parsesAFinancialYearAsAprilToMarch() {
    Period p = Period.parse("2023-24");
    assertEquals(new Period(YearMonth.of(2023, 4), YearMonth.of(2024, 3)), p);
    assertEquals(12, p.months());
    assertEquals("2023-24", p.label());
  }

  @Test
  void parsesAMonth() {
    Period p = Period.parse("2024-03");
    assertEquals(Period.month(YearMonth.of(2024, 3)), p);
    assertEquals("2024-03", p.label());
    assertEquals("March 2024", p.readable());
  }

  @Test
  void parsesARangeAndLabelsItAsWritten() {
    Period p = Period.parse("2024-07..2025-06");
    assertEquals(new Period(YearMonth.of(2024, 7), YearMonth.of(2025, 6)), p);
    assertEquals("2024-07..2025-06", p.label());
    assertEquals("July 2024 to June 2025", p.readable());
  }

  @Test
  void labelsARangeCoveringOneFinancialYearAsThatYear() {
    Period p = Period.parse("2023-04..2024-03");
    assertTrue(p.isFinancialYear());
    assertEquals("2023-24", p.label());
    assertEquals(Period.parse("2023-24"), p);
  }

  @Test
  void refusesAYearPairThatIsNotConsecutive() {
    UsageException e = assertThrows(UsageException.class, () -> Period.parse("2023-25"));
    assertEquals(
        "period \"2023-25\": expected a financial year (2023-24), a month (2024-03) or a range"
            + " (2024-07..2025-06)",
        e.getMessage());
  }

  @Test
  void namesTheWholeTextWhenOneEndOfARangeIsMistyped() {
    UsageException e = assertThrows(UsageException.class, () -> Period.parse("2024-07...2025-06"));
    assertEquals(
        "period \"2024-07...2025-06\": expected a financial year (2023-24), a month (2024-03) or a"
            + " range (2024-07..2025-06)",
        e.getMessage());
  }

  @Test
  void refusesText() {
    UsageException e = assertThrows(UsageException.class, () -> Period.parse("banana"));
    assertEquals(
        "period \"banana\": expected a financial year (2023-24), a month (2024-03) or a range"
            + " (2024-07..2025-06)",
        e.getMessage());
  }

  @Test
  void findsTheMidpointMonthOfARange() {
    assertEquals(YearMonth.of(2025, 1), Period.parse("2024-07..2025-06").midpoint());
  }

  @Test
  void givesTheSameMonthsOneYearEarlierAsThePreviousPeriod() {
    assertEquals(Period.parse("2022-23"), Period.parse("2023-24").previous());
    assertEquals("2022-23", Period.parse("2023-24").previous().label());
  }
}
