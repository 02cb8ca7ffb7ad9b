package org.strata.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.strata.common.AppException;
import org.strata.common.BadInputException;
import org.strata.common.SourcePosition;
import org.strata.common.UsageException;
import org.strata.ingest.policeuk.StreetCsv;

/**
 * Lists the inputs on the driver, from any Hadoop filesystem: a folder gives its street-level CSVs
 * (recursively, by the name rule of {@link StreetCsv#isStreetCsvName}), a zip archive is one
 * input, any other file is one CSV. Notes say what was skipped, as {@code strata ingest police-uk}
 * says it.
 */
final class InputLister {
  private final Configuration conf;
  private final List<Input> inputs = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<FileResult> refused = new ArrayList<>();

  InputLister(Configuration conf) {
    this.conf = conf;
  }

  /**
   * Adds a path.
   *
   * @throws UsageException if nothing is at the path.
   */
  void add(String pathText) {
    Path path = new Path(pathText);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new UsageException(pathText + ": expected a CSV file, folder or zip archive, found nothing");
      }
      FileStatus st = fs.getFileStatus(path);
      int before = inputs.size();
      if (st.isDirectory()) {
        addFolder(fs, st.getPath());
      } else {
        inputs.add(new Input(st.getPath().toString(), name(st.getPath()), isZip(fs, st.getPath())));
      }
      if (inputs.size() == before) {
        // As strata ingest police-uk refuses it: a folder that holds no street-level CSV.
        refused.add(FileResult.refused(name(st.getPath()), new BadInputException(
            SourcePosition.of(java.nio.file.Path.of(name(st.getPath())), 1), "expected police.uk"
                + " street-level CSVs (YYYY-MM-<force>-street.csv) in the folder, found none")
            .getMessage()));
      }
    } catch (IOException e) {
      throw new AppException("cannot list " + pathText + ": " + e.getMessage(), e);
    }
  }

  private void addFolder(FileSystem fs, Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    int skipped = 0;
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      Path p = it.next().getPath();
      String n = p.getName();
      if (StreetCsv.isStreetCsvName(n)) {
        found.add(p);
      } else if (n.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
        notes.add(name(p) + ": archive inside a folder skipped; pass the archive itself");
      } else {
        skipped++;
      }
    }
    found.sort(null);
    for (Path p : found) {
      inputs.add(new Input(p.toString(), name(p), false));
    }
    if (skipped > 0) {
      notes.add(name(dir) + ": skipped " + skipped + " files that are not street-level CSVs");
    }
  }

  /** The name shown for a path: a local path as the DuckDB path shows it, else the URI. */
  static String name(Path p) {
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  private static boolean isZip(FileSystem fs, Path p) throws IOException {
    try (InputStream in = fs.open(p)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
  }

  List<Input> inputs() {
    return List.copyOf(inputs);
  }

  /** Paths refused whole before any task runs: folders without a street-level CSV. */
  List<FileResult> refused() {
    return List.copyOf(refused);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }
}
