package org.strata.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.strata.reference.Period;

/**
 * Every ONS count of the store in memory, by area code, for a batch: one query instead of two per
 * area, year and comparator. Answers as {@link CountQuery}'s SQL does: the same category and
 * period published twice (Tables C2 and P1) counts once (the larger), a category whose count is
 * unavailable ({@code [x]}) for a period is left out, and an area counts for a period only when
 * its distinct stored periods add up to every month of it.
 */
final class OnsRows {
  private record Row(String category, @Nullable Long count, YearMonth start, YearMonth end) {}

  private final Map<String, List<Row>> byArea = new HashMap<>();

  static OnsRows load(DuckDbStore store) {
    OnsRows out = new OnsRows();
    String sql = "SELECT area_code, category, count, period_start, period_end FROM offence_count WHERE taxonomy = 'ons'";
    try (PreparedStatement ps = store.connection().prepareStatement(sql);
        ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        long c = r.getLong(3);
        Long count = r.wasNull() ? null : c;
        out.byArea.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Row(r.getString(2), count,
            YearMonth.from(r.getDate(4).toLocalDate()), YearMonth.from(r.getDate(5).toLocalDate())));
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("ONS counts", e);
    }
    return out;
  }

  /**
   * The area's counts by category for the period (sorted by category), as {@link CountQuery} chooses
   * them: the rows for exactly the period when there are any (a bulletin's year), else the shorter
   * rows inside it (open-data quarters) when they cover every month; otherwise empty.
   */
  Map<String, Long> counts(String code, Period period) {
    Map<String, Long> exact = counts(code, period, true);
    return exact.isEmpty() ? counts(code, period, false) : exact;
  }

  private Map<String, Long> counts(String code, Period period, boolean exact) {
    Map<List<Object>, Long> largest = new HashMap<>();
    Set<List<Object>> seen = new HashSet<>();
    Set<List<YearMonth>> spans = new HashSet<>();
    for (Row row : byArea.getOrDefault(code, List.of())) {
      boolean whole = row.start().equals(period.start()) && row.end().equals(period.end());
      if (row.start().isBefore(period.start()) || row.end().isAfter(period.end()) || whole != exact) {
        continue;
      }
      spans.add(List.of(row.start(), row.end()));
      List<Object> key = List.of(row.category(), row.start(), row.end());
      seen.add(key);
      if (row.count() != null) {
        largest.merge(key, row.count(), Math::max);
      }
    }
    Map<String, Long> sums = new TreeMap<>();
    Set<String> unavailable = new HashSet<>();
    for (List<Object> key : seen) {
      String category = (String) key.get(0);
      Long c = largest.get(key);
      if (c == null) {
        unavailable.add(category);
      } else {
        sums.merge(category, c, Long::sum);
      }
    }
    unavailable.forEach(sums::remove);
    long months = spans.stream().mapToLong(s -> s.get(0).until(s.get(1), java.time.temporal.ChronoUnit.MONTHS) + 1).sum();
    return sums.isEmpty() || months != period.months() ? Map.of() : new LinkedHashMap<>(sums);
  }
}
