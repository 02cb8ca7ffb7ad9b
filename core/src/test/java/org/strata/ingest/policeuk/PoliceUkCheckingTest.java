package org.strata.ingest.policeuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliceUkCheckingTest {
  @TempDir Path dir;

  /** Four files of one month: a, b (not a street CSV: refused by its check), c and d. */
  private Path month() throws IOException {
    Path m = Files.createDirectories(dir.resolve("2024-02"));
    for (String f : List.of("d", "a", "c")) {
      Files.writeString(m.resolve("2024-02-" + f + "-street.csv"),
          StreetCsvCheckTest.HEADER + StreetCsvCheckTest.ROW, StandardCharsets.UTF_8);
    }
    Files.writeString(m.resolve("2024-02-b-street.csv"), "nonsense\n", StandardCharsets.UTF_8);
    return m;
  }

  @Test
  void handsOutCheckedFilesInNameOrderAndKeepsRefusalsApart() throws IOException {
    Path m = month();
    List<String> handed = new ArrayList<>();
    try (PoliceUkChecking checking = PoliceUkScanner.start(List.of(dir))) {
      for (int i = 0; i < 4; i++) {
        checking.take(1).forEach(f -> handed.add(Path.of(f.source()).getFileName().toString()));
      }
      assertThat(handed).containsExactly(
          "2024-02-a-street.csv", "2024-02-c-street.csv", "2024-02-d-street.csv");
      assertThat(checking.take(1)).isEmpty();
      assertThat(checking.refused()).singleElement().satisfies(e -> assertThat(e.getMessage())
          .startsWith(m.resolve("2024-02-b-street.csv").getFileName() + ":1: expected the 12 police.uk columns"));
    }
  }

  @Test
  void plansAsFewBatchesAsTheLimitsAllowOfNearlyEqualBytes() throws IOException {
    month();
    long one = (StreetCsvCheckTest.HEADER + StreetCsvCheckTest.ROW).getBytes(StandardCharsets.UTF_8).length;
    long total = 3 * one + "nonsense\n".length();
    try (PoliceUkChecking checking = PoliceUkScanner.start(List.of(dir))) {
      assertThat(checking.plan(total, 100)).containsExactly(4);
      // Two batches of about half the bytes each: a and b (9 bytes), then c and d.
      assertThat(checking.plan(total - 1, 100)).containsExactly(2, 2);
      assertThat(checking.plan(one, 100)).hasSize(4).containsOnly(1);
      assertThat(checking.plan(total, 3)).containsExactly(2, 2);
    }
  }

  @Test
  void aWholeScanIsTheSameFilesAsHandingOut() throws IOException {
    month();
    try (PoliceUkScan scan = PoliceUkScanner.scan(List.of(dir))) {
      assertThat(scan.files()).hasSize(3);
      assertThat(scan.files()).allSatisfy(f -> assertThat(f.records()).isEqualTo(1));
      assertThat(scan.refused()).hasSize(1);
    }
  }
}
