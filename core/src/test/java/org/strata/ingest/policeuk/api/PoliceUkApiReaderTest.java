package org.strata.ingest.policeuk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.common.AppException;
import org.strata.common.UsageException;
import org.strata.ingest.policeuk.PoliceUkScan;

class PoliceUkApiReaderTest {
  static final String NA1 = "52,-2.2:52.1,-2.2:52.1,-2.1";
  static final String NB2 = "52.1,-2.2:52.2,-2.2:52.2,-2.1:52.1,-2.1";
  static final String NA1_SOUTH = "52,-2.2:52.05,-2.2:52.05,-2.1:52,-2.1";
  static final String NA1_NORTH = "52.05,-2.2:52.1,-2.2:52.1,-2.1:52.05,-2.1";
  static final String HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context\r\n";
  static final String WM = "West Mercia Police,West Mercia Police,";
  static final List<YearMonth> MONTHS = List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2));

  @TempDir Path dir;
  final StubApi api = new StubApi();
  final FakeTime time = new FakeTime();
  final List<String> progress = new ArrayList<>();

  @BeforeEach
  void script() {
    script(api);
  }

  /** Two months of West Mercia: an overlap, a 429, a 503 to split, crimes without location. */
  static void script(StubApi api) {
    api.street.answer("2024-01 " + NA1, Answer.json("street-2024-01-na1.json"));
    api.street.answer("2024-01 " + NB2, Answer.slowDown(2), Answer.json("street-2024-01-nb2.json"));
    api.street.answer("2024-02 " + NA1, Answer.status(503));
    api.street.answer("2024-02 " + NA1_SOUTH, Answer.json("street-2024-02-na1-south.json"));
    api.street.answer("2024-02 " + NA1_NORTH, Answer.json("street-2024-02-na1-north.json"));
    api.street.answer("2024-02 " + NB2, Answer.json("empty.json"));
    api.noLocation.answer("all-crime west-mercia 2024-01", Answer.json("no-location-2024-01.json"));
    api.noLocation.answer("all-crime west-mercia 2024-02", Answer.json("empty.json"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private PoliceUkApiReader reader() {
    return new PoliceUkApiReader(new ApiClient(api.base(), new Pacer(time, time)));
  }

  private PoliceUkScan read(List<YearMonth> months) {
    return reader().read("west-mercia", months, "West Mercia Police", dir, progress::add);
  }

  private String csv(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void writesOneArchiveShapedCsvPerForceMonthDroppingDuplicatesAndPuttingNoLocationRowsLast()
      throws IOException {
    try (PoliceUkScan scan = read(MONTHS)) {
      assertThat(scan.refused()).isEmpty();
      assertThat(scan.files()).extracting(f -> f.csv().getFileName().toString())
          .containsExactly("2024-01-west-mercia-street.csv", "2024-02-west-mercia-street.csv");
    }
    assertThat(csv("2024-01-west-mercia-street.csv")).isEqualTo(HEADER
        + "a1f6e0c2b5d74f3e9c8a7b6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f,2024-01," + WM
        + "-2.180045,52.070312,On or near Foregate Street,,,Violence and sexual offences,"
        + "Unable to prosecute suspect,\r\n"
        + "b2a7f1d3c6e85a4f0d9b8c7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a,2024-01," + WM
        + "-2.193370,52.081144,On or near Supermarket,,,Shoplifting,"
        + "Investigation complete; no suspect identified,\"Goods \"\"recovered\"\", returned\"\r\n"
        + "c3b8a2e4d7f96b5a1e0c9d8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b,2024-01," + WM
        + "-2.150000,52.100000,On or near Sansome Walk,,,Burglary,Under investigation,\r\n"
        + ",2024-01," + WM + "-2.160981,52.150417,On or near Worcester Road,,,Anti-social behaviour,,\r\n"
        + "d4c9b3f5e8a07c6b2f1d0e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c,2024-01," + WM
        + ",,No Location,,,Other crime,Awaiting court outcome,\r\n");
    assertThat(progress).containsExactly(
        "west-mercia 2024-01: 5 crimes and ASB incidents", "west-mercia 2024-02: 2 crimes and ASB incidents");
  }

  @Test
  void cutsAnAreaHoldingTooManyCrimesInTwoAndKeepsOnlyCrimesInsideTheNeighbourhood()
      throws IOException {
    read(MONTHS).close();
    assertThat(api.street.requests()).containsExactly(
        "GET 2024-01 " + NA1, "GET 2024-01 " + NB2, "GET 2024-01 " + NB2,
        "GET 2024-02 " + NA1, "GET 2024-02 " + NA1_SOUTH, "GET 2024-02 " + NA1_NORTH,
        "GET 2024-02 " + NB2);
    // 115000202 lies in the south half's box but outside the triangle: another area's crime.
    assertThat(csv("2024-02-west-mercia-street.csv")).isEqualTo(HEADER
        + "e5d0c4a6f9b18d7c3a2e1f0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d,2024-02," + WM
        + "-2.190000,52.040000,On or near Park/open Space,,,Criminal damage and arson,"
        + "Under investigation,\r\n"
        + "a7f2e6c8b1d30f9e5c4a3b2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f,2024-02," + WM
        + "-2.150000,52.090000,On or near Parking Area,,,Vehicle crime,"
        + "Investigation complete; no suspect identified,\r\n");
  }

  @Test
  void waitsAsAskedAfterA429ThenRetriesAndPacesEveryRequest() {
    read(List.of(YearMonth.of(2024, 1))).close();
    assertThat(time.backoffs()).containsExactly(Duration.ofSeconds(2));
    assertThat(time.sleeps).allMatch(d -> d.compareTo(Pacer.INTERVAL) >= 0);
    // forces, dates, neighbourhoods, 2 boundaries, 3 crimes-street, 1 crimes-no-location
    assertThat(time.sleeps).hasSize(8);
  }

  @Test
  void notesWhatWasFetchedAndThatTheApiGivesNoLsoa() {
    try (PoliceUkScan scan = read(MONTHS)) {
      assertThat(scan.notes()).containsExactly(
          "West Mercia Police: fetched 7 crimes and ASB incidents (1 without a location) from "
              + api.base() + " in 14 requests over 2 neighbourhoods; 1 duplicates from overlapping"
              + " boundaries dropped; 1 areas cut in two for holding over 10,000 crimes",
          "LSOA code and name are empty: the API gives none, so these rows count for the force but"
              + " for no district or CSP (load the archive CSVs for place-level analysis)");
    }
  }

  @Test
  void namesTemporaryFilesAfterTheApiAndDeletesThemOnClose() {
    Path csv;
    try (PoliceUkScan scan =
        reader().read("West-Mercia", List.of(YearMonth.of(2024, 2)), null, null, progress::add)) {
      assertThat(scan.files()).extracting(f -> f.source())
          .containsExactly(api.base() + "!/2024-02-west-mercia-street.csv");
      assertThat(scan.files().get(0).fallsWithin()).isEqualTo("West Mercia Police");
      csv = scan.files().get(0).csv();
      assertThat(csv).exists();
    }
    assertThat(csv).doesNotExist();
  }

  @Test
  void failsNamingUrlAndStatusWhenTheApiKeepsFailing() {
    api.forces.answer("", Answer.status(500));
    AppException e = assertThrows(AppException.class, () -> read(MONTHS));
    assertThat(e).hasMessage("GET " + api.base() + "/forces: expected HTTP 200, found 500 after 5"
        + " attempts; the API is failing, try again later");
    assertThat(api.forces.requests()).hasSize(ApiClient.MAX_ATTEMPTS);
    assertThat(time.backoffs()).containsExactly(
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  @Test
  void failsAtOnceOnANotFound() {
    api.noLocation.answer("all-crime west-mercia 2024-02", Answer.status(404));
    AppException e = assertThrows(AppException.class, () -> read(MONTHS));
    assertThat(e).hasMessage("GET " + api.base() + "/crimes-no-location?category=all-crime"
        + "&force=west-mercia&date=2024-02: expected HTTP 200, found 404; check the force id and"
        + " that the month is published");
    assertThat(dir.resolve("2024-01-west-mercia-street.csv")).exists();
  }

  @Test
  void namesTheUrlLineAndColumnOfMalformedJson() {
    api.neighbourhoods.answer("west-mercia", Answer.json("malformed.json"));
    AppException e = assertThrows(AppException.class, () -> read(MONTHS));
    assertThat(e).hasMessage("GET " + api.base() + "/west-mercia/neighbourhoods:1:72: expected"
        + " JSON, found malformed text (Unexpected end-of-input: was expecting closing quote for a string value)");
  }

  @Test
  void namesTheItemAndFieldOfWellFormedJsonOfTheWrongShape() {
    api.noLocation.answer("all-crime west-mercia 2024-01",
        Answer.text("[{\"category\":\"drugs\",\"id\":7,\"month\":\"2024-01\"},{\"category\":\"drugs\",\"id\":8}]"));
    AppException e = assertThrows(AppException.class, () -> read(MONTHS));
    assertThat(e).hasMessage("GET " + api.base() + "/crimes-no-location?category=all-crime"
        + "&force=west-mercia&date=2024-01: item 2: expected field \"month\", found none");
  }

  @Test
  void refusesAForceTheApiDoesNotKnowListingTheIds() {
    UsageException e = assertThrows(UsageException.class,
        () -> reader().read("mercia", MONTHS, null, dir, progress::add));
    assertThat(e).hasMessage("force \"mercia\": expected a police.uk force id (avon-and-somerset,"
        + " west-mercia, warwickshire), found none matching");
  }

  @Test
  void refusesMonthsTheApiHasNotPublished() {
    UsageException e = assertThrows(UsageException.class,
        () -> read(List.of(YearMonth.of(2024, 2), YearMonth.of(2024, 3), YearMonth.of(2024, 4))));
    assertThat(e).hasMessage("months 2024-03, 2024-04: expected months the API has published"
        + " (2023-12..2024-02), found them missing");
    assertThat(api.street.requests()).isEmpty();
  }

  @Test
  void postsAPolygonTooLongForAUrl() throws IOException {
    StringBuilder json = new StringBuilder("[");
    StringBuilder poly = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      double a = 2 * Math.PI * i / 300;
      String lat = String.format(java.util.Locale.ROOT, "%.6f", 52.1 + 0.05 * Math.sin(a));
      String lng = String.format(java.util.Locale.ROOT, "%.6f", -2.15 + 0.05 * Math.cos(a));
      json.append(i == 0 ? "" : ",").append("{\"latitude\":\"").append(lat)
          .append("\",\"longitude\":\"").append(lng).append("\"}");
      poly.append(i == 0 ? "" : ":").append(new java.math.BigDecimal(lat).stripTrailingZeros().toPlainString())
          .append(',').append(new java.math.BigDecimal(lng).stripTrailingZeros().toPlainString());
    }
    api.neighbourhoods.answer("west-mercia", Answer.text("[{\"id\":\"NA1\",\"name\":\"Round\"}]"));
    api.boundaries.answer("NA1", Answer.text(json.append("]").toString()));
    api.street.answer("2024-02 " + poly, Answer.json("street-2024-02-na1-north.json"));
    read(List.of(YearMonth.of(2024, 2))).close();
    assertThat(api.street.requests()).containsExactly("POST 2024-02 " + poly);
    assertThat(csv("2024-02-west-mercia-street.csv")).contains("On or near Parking Area");
  }
}
