package org.strata.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strata.reference.Area;
import org.strata.reference.District;

/** The months for which the store holds data about an area: ONS counts or police.uk incidents. */
public final class PeriodQuery {
  private final DuckDbStore store;

  /** Creates the query over a store. */
  public PeriodQuery(DuckDbStore store) {
    this.store = store;
  }

  /** The first and last month with data for an area, inclusive. */
  public record DataSpan(YearMonth first, YearMonth last) {}

  /** The span of months with data for the area or any of its districts, if there is any. */
  public Optional<DataSpan> span(Area area) {
    List<String> codes = new ArrayList<>();
    codes.add(area.code());
    for (District d : store.areas().districtsOf(area.code())) {
      codes.add(d.code());
    }
    String in = String.join(",", java.util.Collections.nCopies(codes.size(), "?"));
    String sql =
        "SELECT min(first_month), max(last_month) FROM ("
            + " SELECT min(period_start) AS first_month, max(period_end) AS last_month"
            + " FROM offence_count WHERE area_code IN (" + in + ")"
            + " UNION ALL SELECT min(month), max(month) FROM incident WHERE district_code IN (" + in + "))";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < codes.size(); i++) {
        ps.setString(i + 1, codes.get(i));
        ps.setString(codes.size() + i + 1, codes.get(i));
      }
      try (ResultSet r = ps.executeQuery()) {
        r.next();
        Date first = r.getDate(1);
        Date last = r.getDate(2);
        if (first == null || last == null) {
          return Optional.empty();
        }
        return Optional.of(
            new DataSpan(YearMonth.from(first.toLocalDate()), YearMonth.from(last.toLocalDate())));
      }
    } catch (SQLException e) {
      throw AssessmentInputQuery.failure("the periods of " + area.code(), e);
    }
  }
}
