package org.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A reading command while another process writes the store (a child JVM holding DuckDB's write
 * lock, as {@code strata ingest} does): it says it waits, then either goes on when the writer
 * finishes or exits 2 with one line naming the writer; DuckDB's lock text never shows.
 */
class StoreLockTest {
  @TempDir Path dir;
  private Path db;
  private Process holder;

  @BeforeEach
  void storeWithThreeStaffordshireCsps() throws URISyntaxException {
    db = dir.resolve("s.duckdb");
    assertThat(CliRunner.run("ingest", "ons-csp", fixture("c2_staffordshire.csv"), "--db", db.toString()).exit()).isZero();
    assertThat(CliRunner.run("ingest", "population", fixture("population_staffordshire.csv"), "--db", db.toString())
        .exit()).isZero();
  }

  @AfterEach
  void release() throws InterruptedException {
    if (holder != null) {
      holder.destroy();
      holder.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String fixture(String name) throws URISyntaxException {
    return Path.of(StoreLockTest.class.getResource(name).toURI()).toString();
  }

  /** Starts a child JVM that holds the store for writing, and returns once it does. */
  private Process hold() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(),
        db.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).as("the child JVM holds the store").isEqualTo("holding");
    return holder;
  }

  private String waiting(long pid, int seconds) {
    return "store " + db + " is in use by another process (java, PID " + pid + "); waiting up to " + seconds + " s...";
  }

  private String gaveUp(long pid, int seconds) {
    return "store " + db + ": expected no other process using it, found java, PID " + pid + " still using it after "
        + seconds + " s (run again when it finishes, or set STRATA_LOCK_WAIT)";
  }

  @Test
  void reportDuringAnIngestWaitsThenExitsTwoNamingTheOtherProcess() throws IOException {
    long pid = hold().pid();
    Path out = dir.resolve("r");
    CliRunner r = CliRunner.run("report", "--db", db.toString(), "--area", "E07000192", "--period", "2023-24",
        "--format", "csv", "--lock-wait", "1", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).containsExactly(waiting(pid, 1), gaveUp(pid, 1));
    assertThat(r.err()).doesNotContain("Conflicting lock", "Could not set lock");
    assertThat(out).doesNotExist();
  }

  @Test
  void batchDuringAnIngestWaitsThenExitsTwoNamingTheOtherProcess() throws IOException {
    long pid = hold().pid();
    Path out = dir.resolve("b");
    CliRunner r = CliRunner.run("batch", "--db", db.toString(), "--period", "2023-24", "--force", "Staffordshire",
        "--format", "csv", "--lock-wait", "1", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().lines().toList()).containsExactly(waiting(pid, 1), gaveUp(pid, 1));
    assertThat(r.err()).doesNotContain("Conflicting lock", "Could not set lock");
    assertThat(out).doesNotExist();
  }

  @Test
  void areasAndRejectsDuringAnIngestWaitThenExitTwoNamingTheOtherProcess() throws IOException {
    long pid = hold().pid();
    for (String command : List.of("areas", "rejects")) {
      CliRunner r = CliRunner.run(command, "--db", db.toString(), "--lock-wait", "1");
      assertThat(r.exit()).as(command).isEqualTo(StrataCommand.EXIT_USAGE);
      assertThat(r.err().lines().toList()).as(command).containsExactly(waiting(pid, 1), gaveUp(pid, 1));
      assertThat(r.err()).doesNotContain("Conflicting lock", "Could not set lock");
    }
  }

  @Test
  void reportGoesOnOnceTheIngestFinishes() throws IOException {
    long pid = hold().pid();
    StringWriter err = new StringWriter();
    // The writer finishes as soon as the report says it waits: the report then gets the store.
    Writer releaseOnWait = new Writer() {
      @Override
      public void write(char[] c, int off, int len) {
        err.write(c, off, len);
        if (err.toString().contains("waiting up to")) {
          closeQuietly();
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    CommandLine cl = StrataCommand.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(releaseOnWait));
    Path out = dir.resolve("r");
    int exit = cl.execute("report", "--db", db.toString(), "--area", "E07000192", "--period", "2023-24", "--format",
        "csv", "--lock-wait", "60", "--out", out.toString());
    assertThat(exit).as(err.toString()).isZero();
    assertThat(err.toString().lines().toList()).containsExactly(waiting(pid, 60));
    assertThat(Files.readString(out.resolve("metrics.csv")))
        .contains("E07000192,Cannock Chase,2023-24,Total recorded crime (excluding fraud),ons,rate_per_1000,80");
  }

  @Test
  void aNegativeWaitIsRefused() {
    CliRunner r = CliRunner.run("report", "--db", db.toString(), "--area", "E07000192", "--period", "2023-24",
        "--lock-wait", "-1", "--out", dir.resolve("r").toString());
    assertThat(r.exit()).isEqualTo(StrataCommand.EXIT_USAGE);
    assertThat(r.err().strip()).isEqualTo("--lock-wait -1: expected 0 or more seconds");
  }

  private void closeQuietly() {
    try {
      holder.getOutputStream().close();
      holder.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("could not stop the child JVM holding the store", e);
    }
  }
}
