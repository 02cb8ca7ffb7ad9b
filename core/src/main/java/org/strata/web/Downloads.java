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
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.function.Supplier;
import org.strata.analysis.Assessment;
import org.strata.common.AppException;
import org.strata.report.ReportWriter;

/**
 * Report files made on demand with {@link ReportWriter} and kept in a cache folder keyed by the
 * store (path, size, modification time), the area, the period and the format. Files are made on
 * the {@link RenderQueue}'s few threads, never on a request thread; the cache holds at most
 * {@code maxFiles} files (Caffeine drops the least useful by frequency and recency, and its folder is
 * deleted) and is emptied at start. Only
 * formats this build's {@code ReportWriter} knows are offered; SVG charts come as one zip.
 */
final class Downloads implements AutoCloseable {
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
  /** Renders at once: one, so that a burst of downloads leaves the other core to the pages. */
  static final int RENDER_THREADS = 1;
  static final int RENDER_QUEUE = 8;
  static final long RENDER_TIMEOUT_SECONDS = 60;
  static final int MAX_FILES = 200;

  private final Path root;
  private final RenderQueue queue;
  private final Cache<String, File> made;

  /** A format offered for download: its key in addresses and its label on the button. */
  record Choice(String key, String label) {}

  /** A made file, its content type and the name to save it under. */
  record File(Path path, String contentType, String fileName) {}

  Downloads(Path cacheRoot, Path storeFile) {
    this(cacheRoot, storeFile, new RenderQueue(RENDER_THREADS, RENDER_QUEUE, RENDER_TIMEOUT_SECONDS), MAX_FILES);
  }

  Downloads(Path cacheRoot, Path storeFile, RenderQueue queue, int maxFiles) {
    this.root = cacheRoot.resolve(storeKey(storeFile)).toAbsolutePath().normalize();
    this.queue = queue;
    this.made = Caffeine.newBuilder().maximumSize(maxFiles).executor(Runnable::run)
        .removalListener((String k, File f, RemovalCause c) -> {
          if (f != null && c != RemovalCause.REPLACED) {
            deleteQuietly(f.path().getParent());
          }
        })
        .build();
    deleteQuietly(root);
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

  /**
   * The file of an area's assessment for a period in a format: from the cache, else made on the
   * render queue (the assessment included) while this request waits.
   *
   * @throws HttpProblem 503 when the render queue is full or the file takes too long.
   */
  File file(String areaCode, String period, ReportWriter.Format format, Supplier<Assessment> assessment) {
    String key = format.name().toLowerCase(Locale.ROOT);
    Path dir = root.resolve(safe(areaCode)).resolve(safe(period)).resolve(key).normalize();
    if (!dir.startsWith(root)) {
      throw HttpProblem.badRequest("download: expected an area code and a period");
    }
    String cacheKey = dir.toString();
    File f = made.getIfPresent(cacheKey);
    if (f != null && Files.isRegularFile(f.path())) {
      return f;
    }
    return queue.run(cacheKey, () -> {
      File done = made.getIfPresent(cacheKey);
      if (done == null || !Files.isRegularFile(done.path())) {
        Path p = write(assessment.get(), format, dir, key);
        String ext = extension(p);
        done = new File(p, TYPES.getOrDefault(ext, "application/octet-stream"),
            "strata-" + safe(areaCode) + "-" + safe(period) + "." + ext);
        made.put(cacheKey, done);
      }
      return done;
    });
  }

  /** Drops every file: the store changed. */
  void clear() {
    made.invalidateAll();
  }

  /** How many files the cache holds now. */
  long cachedFiles() {
    made.cleanUp();
    return made.estimatedSize();
  }

  @Override
  public void close() {
    queue.close();
  }

  /** Writes into a side folder and moves it into place, so a failed write leaves no partial file. */
  private static Path write(Assessment a, ReportWriter.Format format, Path dir, String key) {
    Path part = dir.resolveSibling(key + ".part");
    try {
      deleteTree(part);
      deleteTree(dir);
      ReportWriter.write(a, part, EnumSet.of(format));
      if (format == ReportWriter.Format.SVG) {
        Zips.folder(part.resolve("charts"), part.resolve("charts.zip"));
      }
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

  private static void deleteQuietly(Path p) {
    try {
      deleteTree(p);
    } catch (IOException e) {
      // a file in use or gone already: the next start empties the cache folder
    }
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
    String wanted = key.equals("svg") ? "zip" : key;
    return written.stream().filter(p -> extension(p).equals(wanted)).findFirst()
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
