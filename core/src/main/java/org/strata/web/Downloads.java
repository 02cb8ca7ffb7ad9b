package org.strata.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strata.analysis.Assessment;
import org.strata.common.AppException;
import org.strata.report.ReportWriter;

/**
 * Report files made on demand with {@link ReportWriter} and kept in a cache folder keyed by the
 * store (path, size, modification time), the area, the period and the format. Only formats this
 * build's {@code ReportWriter} knows are offered.
 */
final class Downloads {
  private static final Map<String, String> LABELS = Map.of(
      "PDF", "PDF document", "DOCX", "Word document (DOCX)", "XLSX", "Excel tables (XLSX)",
      "HTML", "Web page (HTML)", "JSON", "Data (JSON)", "CSV", "Metrics (CSV)");
  private static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "html", "text/html; charset=utf-8", "json", "application/json", "csv", "text/csv; charset=utf-8",
      "zip", "application/zip");
  private static final List<String> ORDER = List.of("PDF", "DOCX", "XLSX", "HTML", "CSV", "JSON");

  private final Path root;
  private final Object lock = new Object();

  /** A format offered for download: its key in addresses and its label on the button. */
  record Choice(String key, String label) {}

  /** A made file, its content type and the name to save it under. */
  record File(Path path, String contentType, String fileName) {}

  Downloads(Path cacheRoot, Path storeFile) {
    this.root = cacheRoot.resolve(storeKey(storeFile)).toAbsolutePath().normalize();
  }

  /** The formats on offer, documents first. */
  static List<Choice> choices() {
    List<Choice> out = new ArrayList<>();
    List<ReportWriter.Format> formats = new ArrayList<>(EnumSet.allOf(ReportWriter.Format.class));
    formats.sort(java.util.Comparator.comparingInt(f -> ORDER.contains(f.name()) ? ORDER.indexOf(f.name()) : ORDER.size()));
    for (ReportWriter.Format f : formats) {
      out.add(new Choice(f.name().toLowerCase(Locale.ROOT), LABELS.getOrDefault(f.name(), f.name())));
    }
    return out;
  }

  /**
   * The format with this key.
   *
   * @throws HttpProblem 404 if this build cannot write it.
   */
  static ReportWriter.Format requireFormat(String key) {
    for (ReportWriter.Format f : ReportWriter.Format.values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(key)) {
        return f;
      }
    }
    throw HttpProblem.notFound("format " + key + ": not available; expected one of "
        + choices().stream().map(Choice::key).toList());
  }

  /** The file of an assessment in a format, written on first request. */
  File file(Assessment a, ReportWriter.Format format) {
    String key = format.name().toLowerCase(Locale.ROOT);
    Path dir = root.resolve(safe(a.areaCode())).resolve(safe(a.period())).resolve(key).normalize();
    if (!dir.startsWith(root)) {
      throw HttpProblem.badRequest("download: expected an area code and a period");
    }
    synchronized (lock) {
      Path made = existing(dir, key);
      if (made == null) {
        made = write(a, format, dir, key);
      }
      String ext = extension(made);
      String name = "strata-" + safe(a.areaCode()) + "-" + safe(a.period()) + "." + ext;
      return new File(made, TYPES.getOrDefault(ext, "application/octet-stream"), name);
    }
  }

  /** Writes into a side folder and moves it into place, so a failed write leaves no partial file. */
  private static Path write(Assessment a, ReportWriter.Format format, Path dir, String key) {
    Path part = dir.resolveSibling(key + ".part");
    try {
      deleteTree(part);
      ReportWriter.write(a, part, EnumSet.of(format));
      Files.move(part, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new AppException("cannot write " + key + " report into " + dir, e);
    }
    Path made = existing(dir, key);
    if (made == null) {
      throw new AppException("report writer wrote no file for format " + key);
    }
    return made;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }

  private static Path existing(Path dir, String key) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (var files = Files.list(dir)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      return all.isEmpty() ? null : pick(all, key);
    } catch (IOException e) {
      throw new AppException("cannot read download cache " + dir, e);
    }
  }

  private static Path pick(List<Path> written, String key) {
    return written.stream().filter(p -> extension(p).equals(key)).findFirst()
        .or(() -> written.stream().filter(Files::isRegularFile).findFirst())
        .orElseThrow(() -> new AppException("report writer wrote no file for format " + key));
  }

  static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** A name safe as one path segment and in a file name: letters, digits and dashes only. */
  static String safe(String s) {
    return s.replace("..", "_to_").replaceAll("[^A-Za-z0-9_-]", "_");
  }

  static String storeKey(Path storeFile) {
    try {
      Path abs = storeFile.toAbsolutePath().normalize();
      String id = abs + "|" + Files.size(abs) + "|" + Files.getLastModifiedTime(abs).toMillis();
      byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new AppException("cannot identify store " + storeFile + " for the download cache", e);
    }
  }
}
