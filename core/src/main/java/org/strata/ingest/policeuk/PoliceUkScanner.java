package org.strata.ingest.policeuk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.common.UsageException;
import org.strata.ingest.policeuk.PoliceUkChecking.Candidate;

/**
 * Finds police.uk street-level CSVs in files, folders and the monthly zip archives as published
 * ({@code YYYY-MM/YYYY-MM-<force>-street.csv} inside), and checks each one's structure. Outcome
 * and stop-and-search files are skipped with a note.
 */
public final class PoliceUkScanner {
  private PoliceUkScanner() {}

  /**
   * Scans the paths.
   *
   * @throws UsageException if a path does not exist.
   */
  public static PoliceUkScan scan(List<Path> paths) {
    try (PoliceUkChecking checking = start(paths)) {
      return checking.drain();
    }
  }

  /**
   * Scans the paths, putting archive entries and cleaned copies into {@code temp}, which closing
   * the scan deletes.
   *
   * @throws UsageException if a path does not exist.
   */
  public static PoliceUkScan scan(List<Path> paths, Path temp) {
    try (PoliceUkChecking checking = start(paths, temp)) {
      return checking.drain();
    }
  }

  /**
   * Finds the street-level CSVs in the paths and starts checking them in the background, in order
   * of their names, so that loading can begin before the last file is checked.
   *
   * @throws UsageException if a path does not exist.
   */
  public static PoliceUkChecking start(List<Path> paths) {
    try {
      return start(paths, Files.createTempDirectory("strata-policeuk-"));
    } catch (IOException e) {
      throw new AppException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }

  private static PoliceUkChecking start(List<Path> paths, Path temp) {
    List<Candidate> candidates = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<BadInputException> refused = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UsageException(p + ": expected a CSV file, folder or zip archive, found nothing");
      }
      int before = candidates.size();
      if (Files.isDirectory(p)) {
        collectFolder(p, candidates, notes);
      } else if (isZip(p)) {
        extractZip(p, temp, candidates, notes, refused);
      } else {
        candidates.add(candidate(p, p.toString()));
      }
      if (candidates.size() == before && refused.stream().noneMatch(e -> e.position().file().equals(p))) {
        refused.add(noStreetFiles(p));
      }
    }
    List<Candidate> sorted = candidates.stream()
        .sorted((a, b) -> a.source().compareTo(b.source()))
        .toList();
    return PoliceUkChecking.start(sorted, refused, notes, temp);
  }

  /** A file to check, with its size. */
  private static Candidate candidate(Path p, String source) {
    try {
      return new Candidate(p, source, Files.size(p));
    } catch (IOException e) {
      throw new AppException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks the structure of one street-level CSV (text, the twelve columns, a complete last
   * record) and hashes it: the check every file passes before it is loaded, by any engine.
   *
   * @param csv the file to read
   * @param source the name errors and the ingest log use for it
   * @throws BadInputException if the file is binary, lacks a column or ends mid-record.
   */
  public static PoliceUkFile check(Path csv, String source) {
    return StreetCsvCheck.check(csv, source);
  }

  private static void collectFolder(Path dir, List<Candidate> out, List<String> notes) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> all = walk.filter(Files::isRegularFile).sorted().toList();
      int skipped = 0;
      for (Path f : all) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (StreetCsv.isStreetCsvName(name)) {
          out.add(candidate(f, f.toString()));
        } else if (name.endsWith(".zip")) {
          notes.add(f + ": archive inside a folder skipped; pass the archive itself");
        } else {
          skipped++;
        }
      }
      if (skipped > 0) {
        notes.add(dir + ": skipped " + skipped + " files that are not street-level CSVs");
      }
    } catch (IOException e) {
      throw new AppException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean isZip(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    } catch (IOException e) {
      throw new AppException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  private static void extractZip(
      Path zip, Path temp, List<Candidate> out, List<String> notes, List<BadInputException> refused) {
    int skipped = 0;
    int before = out.size();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      int n = 0;
      while ((e = in.getNextEntry()) != null) {
        String name = e.getName();
        if (e.isDirectory()) {
          continue;
        }
        if (!StreetCsv.isStreetCsvName(name)) {
          skipped++;
          continue;
        }
        Path target = temp.resolve("z" + (n++) + "-" + Path.of(name).getFileName());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        out.add(candidate(target, zip + "!/" + name));
      }
    } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
      // IllegalArgumentException: an entry name that is not valid in the archive's encoding.
      // A damaged archive is refused whole: none of its entries load, not even the whole ones.
      out.subList(before, out.size()).clear();
      refused.add(
          new BadInputException(
              SourcePosition.of(zip, 1),
              "expected a readable zip archive, found a damaged one (" + e.getMessage() + ")",
              e));
      return;
    } catch (IOException e) {
      throw new AppException("cannot read " + zip + ": " + e.getMessage(), e);
    }
    if (skipped > 0) {
      notes.add(zip + ": ignored " + skipped + " entries that are not street-level CSVs (outcomes,"
          + " stop and search)");
    }
  }

  private static BadInputException noStreetFiles(Path p) {
    String where = Files.isDirectory(p) ? "in the folder" : "in the archive";
    return new BadInputException(
        SourcePosition.of(p, 1),
        "expected police.uk street-level CSVs (YYYY-MM-<force>-street.csv) " + where + ", found none");
  }
}
