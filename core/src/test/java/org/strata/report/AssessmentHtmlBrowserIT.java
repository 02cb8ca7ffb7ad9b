package org.strata.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * {@code assessment.html} in headless Chromium: axe-core's WCAG 2.2 AA rules, and each figure named
 * by the same alternative text as the PDF's with its numbers one click away. Skipped when Debian's
 * chromium and chromium-driver are not installed.
 */
class AssessmentHtmlBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromedriver not installed");
    ReportWriter.write(SampleAssessment.full(), dir, EnumSet.of(ReportWriter.Format.HTML), NarrativeGoldenTest.options(Map.of()));
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1280,1600");
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    browser.get(dir.resolve("assessment.html").toUri().toString());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void hasNoSeriousOrCriticalAxeViolation() throws Exception {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(resource("/org/strata/web/axe.min.js"));
    Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
        + ".then(r => done(JSON.stringify({passes: r.passes.length, violations: r.violations}))).catch(e => done('axe failed: ' + e));");
    assertThat(String.valueOf(result)).doesNotStartWith("axe failed");
    JsonNode report = new ObjectMapper().readTree(String.valueOf(result));
    List<String> problems = new ArrayList<>();
    for (JsonNode v : report.get("violations")) {
      String impact = v.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        problems.add(v.get("id").asText() + " (" + impact + ") at " + v.get("nodes").findValuesAsText("target"));
      }
    }
    assertThat(problems).isEmpty();
    assertThat(report.get("passes").asInt()).isGreaterThan(10);
  }

  @Test
  void figuresAreImagesNamedByTheirNumbersWithTheDataOneClickAway() {
    WebElement svg = browser.findElement(By.cssSelector("#figure-rates-six-year svg"));
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(svg.getAttribute("aria-label")).isEqualTo("Recorded crime per 1,000 residents in Testborough fell from 55.0"
        + " in 2019-20 to 47.0 in 2024-25; Northmoor (force area) fell from 66.0 to 61.5; England and Wales fell from 77.0 to 74.0.");
    assertThat(browser.findElement(By.cssSelector("#figure-rates-six-year figcaption")).getText())
        .isEqualTo("Figure 1. Recorded crime per 1,000 residents.");
    WebElement details = browser.findElement(By.cssSelector("#figure-rates-six-year + details"));
    details.findElement(By.tagName("summary")).click();
    assertThat(details.findElement(By.tagName("table")).getText()).contains("2024-25 47.0 61.5 74.0");
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = AssessmentHtmlBrowserIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
