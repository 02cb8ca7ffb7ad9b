package org.strata.web;

import org.strata.store.StoreReader;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.store.DuckDbStore;

/** The JSON API and the pages over HTTP, on a random port, against a tiny hand-made store. */
class WebApiTest {
  @TempDir static Path dir;
  private static DuckDbStore store;
  private static WebServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    Path db = TestStore.build(dir);
    store = DuckDbStore.openReadOnly(db);
    server = WebServer.start(StoreReader.of(store), db, new WebServer.Options("127.0.0.1", 0, 0, dir.resolve("cache")));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthSaysOk() throws Exception {
    HttpResponse<String> r = get("/api/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void areasListsWorcesterAsADistrictWithCodeAndLevel() throws Exception {
    JsonNode areas = JSON.readTree(get("/api/areas").body()).get("areas");
    assertThat(areas.findValuesAsText("code")).contains(TestStore.WORCESTER);
    JsonNode worcester = JSON.readTree(get("/api/areas?q=worcester").body()).get("areas").get(0);
    assertThat(worcester.get("level").asText()).isEqualTo("district");
    assertThat(worcester.get("name").asText()).isEqualTo("Worcester");
  }

  @Test
  void areaOffersItsLatestTwelveMonthsFirst() throws Exception {
    JsonNode area = JSON.readTree(get("/api/areas/E07000237").body());
    assertThat(area.get("firstMonth").asText()).isEqualTo("2023-01");
    assertThat(area.get("lastMonth").asText()).isEqualTo("2024-04");
    assertThat(area.get("defaultPeriod").asText()).isEqualTo("2023-05..2024-04");
  }

  @Test
  void assessmentDefaultsToTheLatestPeriodWithData() throws Exception {
    HttpResponse<String> r = get("/api/areas/E07000237/assessment");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode a = JSON.readTree(r.body());
    assertThat(a.get("areaName").asText()).isEqualTo("Worcester");
    assertThat(a.get("period").asText()).isEqualTo("2023-05..2024-04");
    assertThat(a.get("findings").size()).isPositive();
  }

  @Test
  void assessmentTakesAPeriod() throws Exception {
    JsonNode a = JSON.readTree(get("/api/areas/E07000237/assessment?period=2024-01..2024-04").body());
    assertThat(a.get("period").asText()).isEqualTo("2024-01..2024-04");
  }

  @Test
  void unknownAreaIs404WithAJsonMessage() throws Exception {
    HttpResponse<String> r = get("/api/areas/E99999999/assessment");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("area E99999999: not found in this store");
  }

  @Test
  void badPeriodIs400WithTheReason() throws Exception {
    HttpResponse<String> r = get("/api/areas/E07000237/assessment?period=not-a-period");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("period \"not-a-period\": expected a financial"
        + " year (2023-24), a month (2024-03) or a range (2024-07..2025-06)");
  }

  @Test
  void malformedAreaCodeIs400() throws Exception {
    HttpResponse<String> r = get("/api/areas/%3Cscript%3E/assessment");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("area: expected a GSS code such as E07000192");
  }

  @Test
  void periodWithNoDataIs404() throws Exception {
    HttpResponse<String> r = get("/api/areas/E07000237/assessment?period=2010-11");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("area E07000237, period 2010-11: no data to assess");
  }

  @Test
  void metricsComeAsJsonOrCsv() throws Exception {
    assertThat(JSON.readTree(get("/api/areas/E07000237/metrics").body()).get("metrics").size()).isPositive();
    HttpResponse<String> csv = get("/api/areas/E07000237/metrics?format=csv");
    assertThat(csv.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(csv.body()).startsWith("area_code,area_name,period,category,taxonomy,measure,value");
    HttpResponse<String> bad = get("/api/areas/E07000237/metrics?format=xml");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("error").asText()).isEqualTo("format: expected json or csv");
  }

  @Test
  void errorBodiesNeverShowAStackTrace() throws Exception {
    for (String path : new String[] {"/api/areas/E99999999", "/api/areas/E07000237/assessment?period=2024-13",
        "/api/nothing", "/areas/E07000237/category?name=Nothing", "/areas/E07000237/download/exe"}) {
      String body = get(path).body();
      assertThat(body).doesNotContainPattern("Exception|\\.java:[0-9]+|\\bat [a-z]+\\.");
    }
  }

  @Test
  void writesAreRefused() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/areas"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("method POST: expected GET (this server is read-only)");
  }

  @Test
  void pathTraversalServesNothingFromTheDisk() throws Exception {
    for (String path : new String[] {"/../../../../etc/passwd", "/assets/../../../../etc/passwd",
        "/assets/%2e%2e/%2e%2e/etc/passwd", "/areas/..%2f..%2fetc%2fpasswd"}) {
      String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertThat(answer).startsWith("HTTP/1.1 4").doesNotContain("root:");
    }
  }

  @Test
  void everyResponseCarriesSecurityHeaders() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.headers().firstValue("content-security-policy")).hasValue(Guard.CSP);
    assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("x-frame-options")).hasValue("DENY");
    assertThat(get("/api/areas/E99999999").headers().firstValue("content-security-policy")).hasValue(Guard.CSP);
  }

  @Test
  void dataValuesAreEscapedInPages() throws Exception {
    String map = get("/areas/E07000237/map").body();
    assertThat(map).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Street").doesNotContain("<script>alert");
    String search = get("/?q=%3Cscript%3Ealert(1)%3C/script%3E").body();
    assertThat(search).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
  }

  @Test
  void pagesRenderForAnArea() throws Exception {
    assertThat(get("/").body()).contains("<html lang=\"en\"", "Worcester");
    assertThat(get("/areas/E07000237").body()).contains("id=\"headline-chart\"", "Key findings", "Download the report");
    assertThat(get("/areas/E07000237/category?name=Shoplifting").body()).contains("id=\"series-chart\"", "Is the change real?");
    assertThat(get("/areas/E07000237/map").body()).contains("id=\"map-chart\"", "strata-map__place");
    assertThat(get("/compare?area=E07000237").body()).contains("id=\"compare-chart\"");
    assertThat(get("/data").body()).contains("Files loaded", "2024-04-west-mercia-street.csv");
  }

  @Test
  void searchingAnExactNameGoesToTheArea() throws Exception {
    HttpResponse<String> r = get("/?q=worcester");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("location")).hasValue("/areas/E07000237");
  }

  @Test
  void downloadsAreMadeOnceAndCached() throws Exception {
    HttpResponse<String> first = get("/areas/E07000237/download/json");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("content-disposition"))
        .hasValue("attachment; filename=\"strata-E07000237-2023-05_to_2024-04.json\"");
    assertThat(get("/areas/E07000237/download/json").body()).isEqualTo(first.body());
    assertThat(get("/areas/E07000237/download/exe").statusCode()).isEqualTo(404);
  }

  @Test
  void assetsComeFromAFixedList() throws Exception {
    assertThat(get("/assets/govuk-frontend.min.css").statusCode()).isEqualTo(200);
    assertThat(get("/assets/strata.js").body()).contains("initAll");
    assertThat(get("/assets/pom.xml").statusCode()).isEqualTo(404);
  }

  private static String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
