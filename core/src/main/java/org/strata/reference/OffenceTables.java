package org.strata.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/** Reads an offence resource: columns name, level, parent, order, comparable. */
final class OffenceTables {
  private OffenceTables() {}

  static List<Offence> read(String resource, Taxonomy taxonomy) {
    List<Offence> out = new ArrayList<>();
    for (CSVRecord r : ReferenceCsv.read(resource)) {
      out.add(
          new Offence(
              r.get("name"),
              taxonomy,
              OffenceLevel.valueOf(r.get("level").toUpperCase(Locale.ROOT)),
              ReferenceCsv.optional(r, "parent"),
              Integer.parseInt(r.get("order")),
              ReferenceCsv.optional(r, "comparable")));
    }
    return List.copyOf(out);
  }
}
