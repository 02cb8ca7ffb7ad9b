package org.strata.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strata.reference.Area;
import org.strata.reference.AreaLevel;
import org.strata.reference.AreaRegistry;
import org.strata.reference.District;
import org.strata.reference.PoliceForce;

/** Builds the registry the store works with: the reference areas plus those declared in it. */
final class CustomAreas {
  private CustomAreas() {}

  private record Row(String level, String code, String name, String parent, String policeUkName) {}

  static AreaRegistry registry(Connection c, AreaRegistry reference) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT level, code, name, parent_code, coalesce(policeuk_name, '') FROM custom_area ORDER BY code")) {
      while (r.next()) {
        rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
      }
    }
    if (rows.isEmpty()) {
      return reference;
    }
    Map<String, Row> byCode = new HashMap<>();
    rows.forEach(r -> byCode.put(r.code(), r));
    List<Area> regions = new ArrayList<>();
    List<PoliceForce> forces = new ArrayList<>();
    List<District> districts = new ArrayList<>();
    for (Row r : rows) {
      switch (r.level()) {
        case "region" -> regions.add(new Area(r.code(), r.name(), AreaLevel.REGION, r.parent()));
        case "police_force_area" -> forces.add(new PoliceForce(r.code(), r.name(), r.parent(),
            r.name().toLowerCase(Locale.ROOT).replace(' ', '-'),
            r.policeUkName().isEmpty() ? r.name() + " Police" : r.policeUkName()));
        case "district" -> {
          Row parent = byCode.get(r.parent());
          boolean inCsp = parent != null && parent.level().equals("csp");
          String pfa = inCsp ? parent.parent() : r.parent();
          Row force = byCode.get(pfa);
          String region = force != null ? force.parent() : reference.regionOf(pfa).code();
          districts.add(new District(r.code(), r.name(), inCsp ? parent.code() : r.code(),
              inCsp ? parent.name() : r.name(), pfa, region));
        }
        default -> { }
      }
    }
    return reference.withAdditions(districts, forces, regions);
  }
}
