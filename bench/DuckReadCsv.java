import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** The floor for the police.uk load: DuckDB's own read_csv of every CSV under DIR into a table. */
public class DuckReadCsv {
  public static void main(String[] a) throws Exception {
    Files.deleteIfExists(Path.of(a[1]));
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a[1]);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE incident AS SELECT * FROM read_csv('" + a[0] + "/**/*.csv', header=true, filename=true)");
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM incident")) {
        r.next();
        System.out.printf("%d rows %.3f s%n", r.getLong(1), (System.nanoTime() - t0) / 1e9);
      }
    }
  }
}
