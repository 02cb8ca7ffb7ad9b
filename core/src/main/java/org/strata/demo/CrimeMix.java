package org.strata.demo;

import java.time.YearMonth;
import java.util.List;

/**
 * Offence mix and trends of the demonstration data: annual rates per 1,000 residents by police.uk
 * type for an average district, the year-on-year trend of each, the pandemic year (April 2020 to
 * March 2021) and summer seasonality. Shaped on published national patterns, not copied from them.
 */
final class CrimeMix {
  record Type(String name, double ratePer1000, double trendPerYear, double lastYear, double pandemic, double summer) {}

  static final List<Type> TYPES =
      List.of(
          new Type("Violence and sexual offences", 31.0, -0.02, -0.12, 0.85, 0.10),
          new Type("Anti-social behaviour", 24.0, -0.09, -0.10, 1.55, 0.20),
          new Type("Shoplifting", 4.6, 0.03, 0.09, 0.65, 0.0),
          new Type("Public order", 7.2, -0.01, -0.03, 0.95, 0.08),
          new Type("Criminal damage and arson", 7.4, -0.03, -0.04, 0.9, 0.05),
          new Type("Other theft", 5.8, -0.04, -0.05, 0.7, 0.05),
          new Type("Vehicle crime", 4.6, -0.03, -0.02, 0.75, 0.0),
          new Type("Burglary", 3.6, -0.05, -0.06, 0.75, -0.05),
          new Type("Drugs", 2.1, -0.02, 0.0, 1.25, 0.0),
          new Type("Other crime", 1.3, 0.0, 0.0, 1.0, 0.0),
          new Type("Possession of weapons", 0.45, 0.06, 0.38, 0.95, 0.0),
          new Type("Robbery", 0.6, -0.01, 0.02, 0.6, 0.0),
          new Type("Bicycle theft", 0.8, -0.04, -0.05, 0.8, 0.25),
          new Type("Theft from the person", 0.7, 0.0, 0.02, 0.5, 0.0));

  /** First month of the six financial years. */
  static final YearMonth FIRST = YearMonth.of(2019, 4);
  static final int MONTHS = 72;

  private CrimeMix() {}

  /** The multiplier for a type in a month: trend since the first year, pandemic, season. */
  static double factor(Type t, YearMonth m) {
    int year = (int) ((m.getYear() * 12L + m.getMonthValue() - 1 - (FIRST.getYear() * 12L + FIRST.getMonthValue() - 1)) / 12);
    double f = Math.pow(1 + t.trendPerYear(), year);
    if (year == 5) {
      f *= 1 + t.lastYear();
    }
    if (!m.isBefore(YearMonth.of(2020, 4)) && m.isBefore(YearMonth.of(2021, 4))) {
      f *= t.pandemic();
    }
    int month = m.getMonthValue();
    if (month >= 6 && month <= 8) {
      f *= 1 + t.summer();
    } else if (month == 12 || month <= 2) {
      f *= 1 - t.summer() / 2;
    }
    return f;
  }
}
