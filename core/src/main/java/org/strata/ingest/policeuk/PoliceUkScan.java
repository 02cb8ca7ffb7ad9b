package org.strata.ingest.policeuk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.strata.common.BadInputException;

/**
 * The outcome of scanning paths for police.uk street-level CSVs: files ready to load, files
 * refused whole with their one-line reason, and notes on what was skipped. Closing it deletes the
 * temporary copies made of archive entries.
 */
public record PoliceUkScan(
    List<PoliceUkFile> files, List<BadInputException> refused, List<String> notes, Path tempDir)
    implements AutoCloseable {
  /** Copies the lists. */
  public PoliceUkScan {
    files = List.copyOf(files);
    refused = List.copyOf(refused);
    notes = List.copyOf(notes);
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(tempDir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Leftover temporary copies are harmless; the OS temp cleaner removes them.
    }
  }
}
