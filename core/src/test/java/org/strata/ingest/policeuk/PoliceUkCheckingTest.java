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
      for (List<PoliceUkFile> b = checking.next(0, Long.MAX_VALUE, 1); !b.isEmpty();
          b = checking.next(0, Long.MAX_VALUE, 1)) {
        assertThat(b).hasSize(1);
        handed.add(Path.of(b.get(0).source()).getFileName().toString());
      }
      assertThat(handed).containsExactly(
          "2024-02-a-street.csv", "2024-02-c-street.csv", "2024-02-d-street.csv");
      assertThat(checking.refused()).singleElement().satisfies(e -> assertThat(e.getMessage())
          .startsWith(m.resolve("2024-02-b-street.csv").getFileName() + ":1: expected the 12 police.uk columns"));
    }
  }

  @Test
  void waitsForAtLeastTheMinimumAndStopsAtTheMaximumBytes() throws IOException {
    month();
    long one = (StreetCsvCheckTest.HEADER + StreetCsvCheckTest.ROW).getBytes(StandardCharsets.UTF_8).length;
    try (PoliceUkChecking checking = PoliceUkScanner.start(List.of(dir))) {
      // At least 2 files' bytes, at most 2: a and c (b, refused, counts for nothing).
      assertThat(checking.next(2 * one, 2 * one, 100)).extracting(f -> Path.of(f.source()).getFileName().toString())
          .containsExactly("2024-02-a-street.csv", "2024-02-c-street.csv");
      assertThat(checking.next(2 * one, 2 * one, 100)).extracting(f -> Path.of(f.source()).getFileName().toString())
          .containsExactly("2024-02-d-street.csv");
      assertThat(checking.next(2 * one, 2 * one, 100)).isEmpty();
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
