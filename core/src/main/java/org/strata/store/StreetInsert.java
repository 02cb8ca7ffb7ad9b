package org.strata.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.strata.ingest.policeuk.PoliceUkFile;

/** The one DuckDB statement that inserts a batch of checked police.uk street-level CSVs. */
final class StreetInsert {
  /** The twelve published columns with the types DuckDB reads them as. */
  private static final String COLUMNS =
      "{'crime_id':'VARCHAR','month':'DATE','reported_by':'VARCHAR','falls_within':'VARCHAR',"
          + "'longitude':'DOUBLE','latitude':'DOUBLE','location':'VARCHAR','lsoa_code':'VARCHAR',"
          + "'lsoa_name':'VARCHAR','crime_type':'VARCHAR','last_outcome':'VARCHAR',"
          + "'context':'VARCHAR'}";

  private StreetInsert() {}

  /**
   * Reads the batch's files in one scan. Each row's file is its {@code file_index} in the list:
   * file IDs and forces are looked up by position, with no join on the file name.
   */
  static String sql(
      List<PoliceUkFile> batch, Map<String, Integer> ids, Function<PoliceUkFile, String> forceOf) {
    StringBuilder paths = new StringBuilder("[");
    StringBuilder fileIds = new StringBuilder("[");
    StringBuilder forces = new StringBuilder("[");
    for (PoliceUkFile f : batch) {
      String path = f.csv().toAbsolutePath().toString();
      String sep = paths.length() > 1 ? "," : "";
      paths.append(sep).append(literal(path));
      fileIds.append(sep).append(ids.get(path));
      String force = forceOf.apply(f);
      forces.append(sep).append(force == null ? "NULL::VARCHAR" : literal(force));
    }
    return "INSERT INTO incident_row SELECT (" + fileIds + "])[r.file_index::BIGINT + 1], r.crime_id,"
        + " r.month, r.reported_by, r.falls_within, r.longitude, r.latitude, r.location,"
        + " nullif(r.lsoa_code, ''), nullif(r.lsoa_name, ''), r.crime_type,"
        + " nullif(r.last_outcome, ''), nullif(r.context, ''), (" + forces + "])[r.file_index::BIGINT + 1]"
        + " FROM read_csv("
        + paths
        + "], header=true, columns="
        + COLUMNS
        + ", dateformat='%Y-%m', store_rejects=true,"
        + " rejects_table='reject_errors_pu', rejects_scan='reject_scans_pu', rejects_limit=0,"
        + " auto_detect=false, delim=',', quote='\"', escape='\"') r";
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
