package org.strata.web;

import org.strata.store.StoreReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.strata.report.ReportWriter;
import org.strata.store.DuckDbStore;

/**
 * The dashboard in headless Chromium: search, chart, map, a download, and axe-core's WCAG 2.2 AA
 * rules on every page. Skipped when Debian's chromium and chromium-driver are not installed.
 */
class DashboardBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  private static DuckDbStore store;
  private static WebServer server;
  private static WebDriver browser;
  private static Path downloads;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromedriver not installed");
    Path db = TestStore.build(dir);
    store = DuckDbStore.openReadOnly(db);
    server = WebServer.start(StoreReader.of(store), db, new WebServer.Options("127.0.0.1", 0, 0, dir.resolve("cache")));
    downloads = Files.createDirectories(dir.resolve("downloads"));
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1280,1600");
    o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      store.close();
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Test
  void searchLeadsToAnAreaWithAChartAMapAndADownload() throws Exception {
    browser.get(url("/"));
    browser.findElement(By.id("q")).sendKeys("worc");
    WebElement before = browser.findElement(By.tagName("html"));
    browser.findElement(By.cssSelector("form[role=search] button")).click();
    // The search page may already list Worcester: wait for the results page before clicking, or
    // the click can land on the page being replaced.
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.linkText("Worcester")))
        .click();
    WebElement chart = browser.findElement(By.id("headline-chart"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.findElements(By.tagName("rect"))).isNotEmpty();
    shoot("area");
    browser.findElement(By.cssSelector("a[href='#headline-table']")).click();
    assertThat(browser.findElement(By.id("headline-table")).getText()).contains("Worcester", "Rate per 1,000");
    browser.findElement(By.partialLinkText("Map of neighbourhoods")).click();
    WebElement map = browser.findElement(By.id("map-chart"));
    assertThat(map.isDisplayed()).isTrue();
    assertThat(map.findElements(By.cssSelector("circle.strata-map__place"))).hasSize(4);
    shoot("map");
    browser.navigate().back();
    String format = formatToDownload();
    browser.findElement(By.cssSelector("a[href^='/areas/E07000237/download/" + format + "']")).click();
    Path file = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> downloaded(format));
    assertThat(Files.size(file)).isPositive();
    if (format.equals("pdf")) {
      assertThat(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
  }

  @Test
  void categoryPageShowsTheSeriesAndItsTable() throws Exception {
    browser.get(url("/areas/E07000237/category?name=Shoplifting"));
    assertThat(browser.findElement(By.id("series-chart")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Worcester: Shoplifting");
    shoot("category");
  }

  @Test
  void hostileDataShowsAsText() throws Exception {
    browser.get(url("/areas/E07000237/map"));
    browser.findElement(By.cssSelector("a[href='#map-table']")).click();
    assertThat(browser.findElement(By.id("map-table")).getText()).contains(TestStore.HOSTILE);
    assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined")).isEqualTo(true);
  }

  @Test
  void pagesHaveNoSeriousAccessibilityViolations() throws Exception {
    String axe = resource("axe.min.js");
    List<String> problems = new ArrayList<>();
    for (String page : List.of("/", "/?q=wor", "/areas/E07000237", "/areas/E07000237/category?name=Shoplifting",
        "/areas/E07000237/map", "/compare?area=E07000237", "/data", "/areas/E99999999")) {
      browser.get(url(page));
      JavascriptExecutor js = (JavascriptExecutor) browser;
      js.executeScript(axe);
      Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
          + ".then(r => done(JSON.stringify({passes: r.passes.length, violations: r.violations}))).catch(e => done('axe failed: ' + e));");
      assertThat(String.valueOf(result)).doesNotStartWith("axe failed");
      JsonNode report = new ObjectMapper().readTree(String.valueOf(result));
      assertThat(report.get("passes").asInt()).as("axe rules passed on " + page).isGreaterThan(10);
      for (JsonNode v : report.get("violations")) {
        String impact = v.path("impact").asText();
        if (impact.equals("serious") || impact.equals("critical")) {
          problems.add(page + ": " + v.get("id").asText() + " (" + impact + ") at " + v.get("nodes").findValuesAsText("target"));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static String formatToDownload() {
    for (ReportWriter.Format f : ReportWriter.Format.values()) {
      if (f.name().equals("PDF")) {
        return "pdf";
      }
    }
    return Downloads.choices().get(0).key();
  }

  private static Path downloaded(String format) {
    try (var files = Files.list(downloads)) {
      return files.filter(p -> p.getFileName().toString().endsWith("." + format)).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static void shoot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DashboardBrowserIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
