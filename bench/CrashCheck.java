import java.sql.*;

/** Checks a store after a killed ingest: prints "FILES files ROWS rows", or why it is broken (exit 1).
 *  Usage: java -cp duckdb_jdbc.jar bench/CrashCheck.java STORE */
public class CrashCheck {
  public static void main(String[] a) throws Exception {
    if (!new java.io.File(a[0]).exists()) { System.out.println("0 files 0 rows"); return; }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a[0]); Statement s = c.createStatement()) {
      if (!has(s, "source_file")) { System.out.println("0 files 0 rows"); return; }
      long partial = one(s, "SELECT count(*) FROM source_file f WHERE f.replaced_by IS NULL AND f.rows_loaded <>"
          + " (SELECT count(*) FROM incident_row i WHERE i.file_id = f.file_id)");
      long orphans = one(s, "SELECT count(*) FROM incident_row i WHERE NOT EXISTS (SELECT 1 FROM source_file f"
          + " WHERE f.file_id = i.file_id)");
      long unbalanced = one(s, "SELECT count(*) FROM source_file WHERE rows_read <> rows_loaded + rows_rejected");
      if (partial + orphans + unbalanced > 0) {
        System.out.println("broken: " + partial + " files with missing rows, " + orphans + " orphan rows, "
            + unbalanced + " files not reconciled");
        System.exit(1);
      }
      System.out.println(one(s, "SELECT count(*) FROM source_file WHERE replaced_by IS NULL") + " files "
          + one(s, "SELECT count(*) FROM incident_row") + " rows");
    }
  }

  private static boolean has(Statement s, String table) throws SQLException {
    return one(s, "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'") > 0;
  }

  private static long one(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) { r.next(); return r.getLong(1); }
  }
}
