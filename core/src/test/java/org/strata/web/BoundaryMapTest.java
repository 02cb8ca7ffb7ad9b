package org.strata.web;

import org.strata.store.StoreReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.cli.StrataCommand;
import org.strata.store.DuckDbStore;
import picocli.CommandLine;

/** The map page over HTTP when the server is given a tiny GeoJSON of the test store's LSOAs. */
class BoundaryMapTest {
  private static final String[] LSOAS = {"E01032376", "E01032377", "E01032378", "E01032379"};
  private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)> LSOA";
  @TempDir static Path dir;
  private static DuckDbStore store;
  private static WebServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    Path db = TestStore.build(dir);
    Path geo = dir.resolve("lsoa.geojson");
    Files.writeString(geo, geoJson());
    Path districts = dir.resolve("districts.geojson");
    Files.writeString(districts, "{\"type\":\"FeatureCollection\",\"features\":["
        + district("E07000237", "Worcester", -2.25) + "," + district("E07000238", "Wychavon", -2.15) + "]}");
    store = DuckDbStore.openReadOnly(db);
    server = WebServer.start(StoreReader.of(store), db, new WebServer.Options("127.0.0.1", 0, 0, dir.resolve("cache"), List.of(geo, districts)));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  /** The four LSOAs of the store as squares along the diagonal, and a neighbour with no records. */
  private static String geoJson() {
    StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i <= LSOAS.length; i++) {
      double x = -2.23 + 0.01 * i;
      double y = 52.185 + 0.008 * i;
      String code = i < LSOAS.length ? LSOAS[i] : "E01099999";
      String name = i < LSOAS.length ? "Worcester 00" + (i + 1) + "A" : HOSTILE_NAME;
      b.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"LSOA21CD\":\"").append(code)
          .append("\",\"LSOA21NM\":\"").append(name.replace("\"", "\\\"")).append("\"},\"geometry\":{\"type\":\"Polygon\",")
          .append(String.format(Locale.ROOT, "\"coordinates\":[[[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f]]]}}",
              x, y, x + 0.01, y, x + 0.01, y + 0.008, x, y + 0.008, x, y));
    }
    return b.append("]}").toString();
  }

  private static String district(String code, String name, double x) {
    return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"LAD23CD\":\"%s\",\"LAD23NM\":\"%s\"},"
        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.2f,52.1],[%.2f,52.1],[%.2f,52.3],[%.2f,52.3],[%.2f,52.1]]]}}",
        code, name, x, x + 0.1, x + 0.1, x, x);
  }

  private static String mapPage() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/areas/" + TestStore.WORCESTER + "/map")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private static String lsoaSvg(String page) {
    int start = page.indexOf("id=\"map-lsoa\"");
    assertThat(start).isNotNegative();
    return page.substring(start, page.indexOf("</svg>", start));
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void mapPageShadesOnePathPerMatchingLsoaAndGreysTheNeighbour() throws Exception {
    String page = mapPage();
    assertThat(page).contains("id=\"map-lsoa\"").doesNotContain("strata-map__place");
    assertThat(count(lsoaSvg(page), "<path class=\"strata-map__shaded\"")).isEqualTo(LSOAS.length);
    assertThat(count(lsoaSvg(page), "<path class=\"strata-map__context\"")).isEqualTo(1);
  }

  @Test
  void choroplethHasALegendFromTheSequentialPaletteAndNoData() throws Exception {
    String svg = lsoaSvg(mapPage());
    assertThat(svg).contains("<g class=\"strata-map__legend\">", "records per LSOA", ">no data</text>");
    assertThat(count(svg, "class=\"strata-map__swatch\"")).isEqualTo(LSOAS.length + 1);
    assertThat(svg).contains("fill=\"#deebf7\"", "fill=\"#08306b\"");
  }

  @Test
  void choroplethKeepsItsTextAlternativeAndTheTableTab() throws Exception {
    String page = mapPage();
    assertThat(page).contains("aria-labelledby=\"map-lsoa-title map-lsoa-desc\"", "<desc id=\"map-lsoa-desc\">",
        "<figcaption", "govuk-tabs__panel", "Busiest 4 neighbourhoods");
  }

  @Test
  void districtFileOutlinesTheAreaAmongItsNeighbours() throws Exception {
    String page = mapPage();
    assertThat(page).contains("id=\"map-district\"", "Worcester and its neighbours");
    assertThat(count(page, "<path class=\"strata-map__subject\"")).isEqualTo(1);
  }

  @Test
  void boundaryNamesAreEscaped() throws Exception {
    String page = mapPage();
    assertThat(page).doesNotContain(HOSTILE_NAME).contains("&lt;img src=x onerror=alert(1)&gt; LSOA");
  }

  @Test
  void serveRejectsAMissingBoundariesFileWithExitTwo() {
    StringWriter err = new StringWriter();
    CommandLine cl = StrataCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    Path missing = dir.resolve("nowhere.geojson");
    int code = cl.execute("serve", "--db", dir.resolve("strata.duckdb").toString(), "--port", "0", "--boundaries", missing.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--boundaries " + missing + ": no such file");
  }
}
