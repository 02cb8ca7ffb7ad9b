package org.strata.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
   * Reads the files in one scan. Each row's file is its {@code file_index} in the list: file IDs
   * and forces are looked up by position, with no join on the file name.
   *
   * @param paths the files DuckDB reads, absolute
   * @param ids each file's ID in the ingest log
   * @param forces each file's police force code, or null
   */
  static String sql(List<String> paths, List<Integer> ids, List<@Nullable String> forces) {
    StringBuilder files = new StringBuilder("[");
    StringBuilder fileIds = new StringBuilder("[");
    StringBuilder codes = new StringBuilder("[");
    for (int i = 0; i < paths.size(); i++) {
      String sep = i > 0 ? "," : "";
      files.append(sep).append(SqlValues.literal(paths.get(i)));
      fileIds.append(sep).append(ids.get(i));
      String force = forces.get(i);
      codes.append(sep).append(force == null ? "NULL::VARCHAR" : SqlValues.literal(force));
    }
    return "INSERT INTO incident_row SELECT (" + fileIds + "])[r.file_index::BIGINT + 1], r.crime_id,"
        + " r.month, r.reported_by, r.falls_within, r.longitude, r.latitude, r.location,"
        + " nullif(r.lsoa_code, ''), nullif(r.lsoa_name, ''), r.crime_type,"
        + " nullif(r.last_outcome, ''), nullif(r.context, ''), (" + codes + "])[r.file_index::BIGINT + 1]"
        + " FROM read_csv("
        + files
        + "], header=true, columns="
        + COLUMNS
        + ", dateformat='%Y-%m', store_rejects=true,"
        + " rejects_table='reject_errors_pu', rejects_scan='reject_scans_pu', rejects_limit=0,"
        + " auto_detect=false, delim=',', quote='\"', escape='\"') r";
  }

}
