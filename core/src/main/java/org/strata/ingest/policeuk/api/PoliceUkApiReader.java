package org.strata.ingest.policeuk.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;
import org.strata.common.UsageException;
import org.strata.ingest.policeuk.PoliceUkFile;
import org.strata.ingest.policeuk.PoliceUkScan;
import org.strata.ingest.policeuk.PoliceUkScanner;

/**
 * Fetches a force's street-level crimes and ASB for some months from the data.police.uk API and
 * writes one archive-shaped CSV per force-month ({@code 2024-01-west-mercia-street.csv}), then
 * checks them with {@link PoliceUkScanner}, so they load exactly like downloaded files.
 *
 * <p>The API has no "all crimes of a force" call: crimes are asked for inside each of the force's
 * neighbourhood boundaries, de-duplicated by the API's crime id (boundaries touch and overlap),
 * and the force's crimes without a location are added from {@code crimes-no-location}. The API
 * gives no LSOA, so those columns are empty and the rows count for the force but for no district.
 */
public final class PoliceUkApiReader {
  /** The public API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://data.police.uk/api");

  private final ApiClient client;
  private final StreetCrimes street;

  PoliceUkApiReader(ApiClient client) {
    this.client = client;
    this.street = new StreetCrimes(client);
  }

  /** A reader of the API at a base URL ({@link #DEFAULT_BASE_URL} for police.uk itself). */
  public static PoliceUkApiReader connect(URI baseUrl) {
    return new PoliceUkApiReader(new ApiClient(baseUrl, Pacer.system()));
  }

  /**
   * Fetches the months and returns the written files, checked and ready to load.
   *
   * @param forceId the force's police.uk id, e.g. {@code west-mercia}
   * @param fallsWithin the force's name as the archives write it, or null to use the API's name
   * @param saveDir where to keep the CSVs; null for a temporary folder that closing the scan
   *     deletes
   * @param progress receives one line per month fetched
   * @throws UsageException if the API knows no such force or has not published a month.
   * @throws AppException if the API fails or answers with something other than its JSON.
   */
  public PoliceUkScan read(
      String forceId,
      List<YearMonth> months,
      @Nullable String fallsWithin,
      @Nullable Path saveDir,
      Consumer<String> progress) {
    ApiJson.Force force = requireForce(forceId);
    requirePublished(months);
    List<String> notes = new ArrayList<>();
    List<Area> areas = areas(force.id(), notes);
    Path dir = saveDir == null ? tempDir() : folder(saveDir);
    try {
      Fetched fetched = fetchAll(force, months, fallsWithin == null ? force.name() : fallsWithin,
          areas, dir, progress);
      notes.addAll(fetched.notes(client, street, force, areas.size()));
      return scan(fetched.files(), notes, saveDir == null ? dir : null, client.base());
    } catch (RuntimeException e) {
      if (saveDir == null) {
        new PoliceUkScan(List.of(), List.of(), List.of(), dir).close();
      }
      throw e;
    }
  }

  private ApiJson.Force requireForce(String forceId) {
    List<ApiJson.Force> forces = ApiJson.forces(client.get("/forces"));
    return forces.stream()
        .filter(f -> f.id().equalsIgnoreCase(forceId.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new UsageException(
                    "force \"" + forceId + "\": expected a police.uk force id ("
                        + forces.stream().map(ApiJson.Force::id).collect(Collectors.joining(", "))
                        + "), found none matching"));
  }

  private void requirePublished(List<YearMonth> months) {
    TreeSet<YearMonth> published = new TreeSet<>(ApiJson.dates(client.get("/crimes-street-dates")));
    List<YearMonth> missing = months.stream().filter(m -> !published.contains(m)).toList();
    if (!missing.isEmpty()) {
      String has = published.isEmpty() ? "none" : published.first() + ".." + published.last();
      throw new UsageException(
          "months "
              + missing.stream().map(YearMonth::toString).collect(Collectors.joining(", "))
              + ": expected months the API has published (" + has + "), found them missing");
    }
  }

  /** A neighbourhood with its boundary. */
  private record Area(String id, Polygon boundary) {}

  private List<Area> areas(String force, List<String> notes) {
    List<Area> out = new ArrayList<>();
    String f = "/" + segment(force) + "/";
    for (ApiJson.Neighbourhood n : ApiJson.neighbourhoods(client.get(f + "neighbourhoods"))) {
      Polygon p = ApiJson.boundary(client.get(f + segment(n.id()) + "/boundary"));
      if (p == null) {
        notes.add("neighbourhood " + n.id() + " (" + n.name() + ") has no boundary on the API;"
            + " its crimes are missing unless a neighbouring boundary covers them");
      } else {
        out.add(new Area(n.id(), p));
      }
    }
    return out;
  }

  private Fetched fetchAll(ApiJson.Force force, List<YearMonth> months, String fallsWithin,
      List<Area> areas, Path dir, Consumer<String> progress) {
    Fetched all = new Fetched();
    for (YearMonth month : months) {
      List<ApiCrime> crimes = fetchMonth(force.id(), month, areas, all);
      all.files.add(StreetCsvWriter.write(dir, force.id(), month, fallsWithin, crimes, all.unknown));
      all.crimes += crimes.size();
      progress.accept(String.format(Locale.ROOT, "%s %s: %,d crimes and ASB incidents", force.id(),
          month, crimes.size()));
    }
    return all;
  }

  /** The month's crimes, de-duplicated: located ones by id, then those without a location. */
  private List<ApiCrime> fetchMonth(String force, YearMonth month, List<Area> areas, Fetched all) {
    Map<Long, ApiCrime> byId = new LinkedHashMap<>();
    for (Area a : areas) {
      for (ApiCrime c : street.in(a.boundary(), month)) {
        all.duplicates += byId.putIfAbsent(c.id(), c) == null ? 0 : 1;
      }
    }
    String q = "category=all-crime&force=" + URLEncoder.encode(force, StandardCharsets.UTF_8)
        + "&date=" + month;
    for (ApiCrime c : ApiJson.crimes(client.send("/crimes-no-location", q, false))) {
      all.duplicates += byId.putIfAbsent(c.id(), c.withoutLocation()) == null ? 0 : 1;
      all.unlocated++;
    }
    return byId.values().stream()
        .sorted(Comparator.comparing((ApiCrime c) -> !c.located()).thenComparingLong(ApiCrime::id))
        .toList();
  }

  private static PoliceUkScan scan(
      List<Path> files, List<String> notes, @Nullable Path temp, String base) {
    PoliceUkScan scanned =
        temp == null ? PoliceUkScanner.scan(files) : PoliceUkScanner.scan(files, temp);
    List<String> all = new ArrayList<>(notes);
    all.addAll(scanned.notes());
    if (temp == null) {
      return new PoliceUkScan(scanned.files(), scanned.refused(), all, scanned.tempDir());
    }
    // The CSVs are temporary: name them after the API rather than a path that will be gone.
    List<PoliceUkFile> named = scanned.files().stream()
        .map(f -> f.named(base + "!/" + Path.of(f.source()).getFileName()))
        .toList();
    return new PoliceUkScan(named, scanned.refused(), all, temp);
  }

  /** A path segment: percent-encoded, spaces as %20. */
  private static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("strata-policeuk-api-");
    } catch (IOException e) {
      throw new AppException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }

  private static Path folder(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new AppException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }

  /** What a fetch wrote and counted. */
  private static final class Fetched {
    final List<Path> files = new ArrayList<>();
    final Set<String> unknown = new HashSet<>();
    long crimes;
    long unlocated;
    long duplicates;

    List<Path> files() {
      return files;
    }

    List<String> notes(ApiClient client, StreetCrimes street, ApiJson.Force force, int areas) {
      List<String> out = new ArrayList<>();
      out.add(String.format(Locale.ROOT,
          "%s: fetched %,d crimes and ASB incidents (%,d without a location) from %s in %,d"
              + " requests over %,d neighbourhoods; %,d duplicates from overlapping boundaries"
              + " dropped; %,d areas cut in two for holding over 10,000 crimes",
          force.name(), crimes, unlocated, client.base(), client.requests(), areas, duplicates,
          street.splits()));
      out.add("LSOA code and name are empty: the API gives none, so these rows count for the force"
          + " but for no district or CSP (load the archive CSVs for place-level analysis)");
      if (!unknown.isEmpty()) {
        out.add("categories with no archive name, kept as written: "
            + String.join(", ", new TreeSet<>(unknown)));
      }
      return out;
    }
  }
}
