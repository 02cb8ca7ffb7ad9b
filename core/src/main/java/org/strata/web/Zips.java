package org.strata.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Packs the files of one folder (not its subfolders) into a zip, for multi-file downloads. */
final class Zips {
  private Zips() {}

  static void folder(Path dir, Path zip) throws IOException {
    List<Path> files;
    try (var list = Files.list(dir)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream o = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(o)) {
      for (Path f : files) {
        z.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, z);
        z.closeEntry();
      }
    }
  }
}
