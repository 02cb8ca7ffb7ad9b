package org.strata.ingest.policeuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliceUkScannerTest {
  @TempDir Path dir;

  @Test
  void readsStreetFilesFromAMonthlyArchiveAndIgnoresTheRestWithANote() throws IOException {
    Path zip = dir.resolve("2024-01.zip");
    try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
      entry(z, "2024-01/2024-01-warwickshire-street.csv", StreetCsvCheckTest.HEADER + StreetCsvCheckTest.ROW);
      entry(z, "2024-01/2024-01-warwickshire-outcomes.csv", "Crime ID,Month\r\n");
      entry(z, "2024-01/2024-01-warwickshire-stop-and-search.csv", "Type,Date\r\n");
    }
    try (PoliceUkScan scan = PoliceUkScanner.scan(List.of(zip))) {
      assertThat(scan.files()).hasSize(1);
      assertThat(scan.files().get(0).source()).endsWith("2024-01.zip!/2024-01/2024-01-warwickshire-street.csv");
      assertThat(scan.notes()).containsExactly(zip + ": ignored 2 entries that are not street-level CSVs"
          + " (outcomes, stop and search)");
      assertThat(scan.refused()).isEmpty();
    }
  }

  @Test
  void walksFoldersForStreetFilesOnlyAndKeepsRefusalsApart() throws IOException {
    Path month = Files.createDirectories(dir.resolve("2024-02"));
    Files.writeString(month.resolve("2024-02-a-street.csv"), StreetCsvCheckTest.HEADER + StreetCsvCheckTest.ROW, StandardCharsets.UTF_8);
    Files.writeString(month.resolve("2024-02-b-street.csv"), "nonsense\n", StandardCharsets.UTF_8);
    Files.writeString(month.resolve("2024-02-a-outcomes.csv"), "x\n", StandardCharsets.UTF_8);
    try (PoliceUkScan scan = PoliceUkScanner.scan(List.of(dir))) {
      assertThat(scan.files()).extracting(PoliceUkFile::source).containsExactly(month.resolve("2024-02-a-street.csv").toString());
      assertThat(scan.refused()).singleElement().satisfies(e -> assertThat(e.getMessage()).startsWith("2024-02-b-street.csv:1: expected the 12 police.uk columns"));
      assertThat(scan.notes()).containsExactly(dir + ": skipped 1 files that are not street-level CSVs");
    }
  }

  private static void entry(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }
}
