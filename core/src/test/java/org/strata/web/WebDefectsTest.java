package org.strata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Assessment;
import org.strata.analysis.Analyst;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.report.ReportWriter;
import org.strata.store.AssessmentInputQuery;
import org.strata.store.DuckDbStore;
import org.strata.store.StoreReader;

/** Regression tests for the dashboard defects of a fault audit (issue 12, point 6). */
class WebDefectsTest {
  @TempDir static Path dir;
  private static Path db;
  private static DuckDbStore store;
  private static WebServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    db = TestStore.build(dir);
    store = DuckDbStore.openReadOnly(db);
    server = WebServer.start(StoreReader.of(store), db, new WebServer.Options("127.0.0.1", 0, 0, dir.resolve("cache")));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static <T> HttpResponse<T> send(String method, String path, HttpResponse.BodyHandler<T> body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), body);
  }

  @Test
  void svgDownloadIsAZipOfTheCharts() throws Exception {
    HttpResponse<byte[]> r = send("GET", "/areas/E07000237/download/svg", HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/zip");
    List<String> names = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).endsWith(".svg"));
  }

  @Test
  void headAnswersWithTheTypeAndLengthOfGet() throws Exception {
    for (String path : List.of("/", "/api/areas", "/areas/E07000237")) {
      HttpResponse<byte[]> get = send("GET", path, HttpResponse.BodyHandlers.ofByteArray());
      HttpResponse<Void> head = send("HEAD", path, HttpResponse.BodyHandlers.discarding());
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.headers().firstValue("content-type")).isEqualTo(get.headers().firstValue("content-type"));
      assertThat(head.headers().firstValueAsLong("content-length")).hasValue(get.body().length);
    }
  }

  @Test
  void aMalformedAddressRefusedByTheServerCarriesTheSecurityHeaders() throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream o = s.getOutputStream();
      o.write("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      o.flush();
      InputStream in = s.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400 ")
          .contains("Content-Security-Policy: " + Guard.CSP, "X-Content-Type-Options: nosniff")
          .endsWith("400 bad request: the address or headers are malformed\n");
    }
  }

  @Test
  void rendersBeyondTheQueueAreToldToRetry() throws Exception {
    try (RenderQueue q = new RenderQueue(1, 1, 30)) {
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch started = new CountDownLatch(1);
      CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> q.run("a", () -> {
        started.countDown();
        release.await();
        return "a";
      }));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      AtomicInteger bRuns = new AtomicInteger();
      CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> q.run("b", () -> "b" + bRuns.incrementAndGet()));
      CompletableFuture<String> sameAsSecond = CompletableFuture.supplyAsync(() -> q.run("b", () -> "b" + bRuns.incrementAndGet()));
      Thread.sleep(200);
      HttpProblem busy = assertThrows(HttpProblem.class, () -> q.run("c", () -> "c"));
      assertThat(busy.status()).isEqualTo(503);
      assertThat(busy.getMessage()).isEqualTo("expected a free place in the download queue, found 1 being made"
          + " and 1 waiting; retry in a few seconds");
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("a");
      assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("b1");
      assertThat(sameAsSecond.get(10, TimeUnit.SECONDS)).isEqualTo("b1");
      assertThat(bRuns).hasValue(1);
    }
  }

  @Test
  void theDownloadCacheKeepsAtMostItsLimitAndDeletesWhatItDrops() throws IOException {
    Period p = Period.parse("2023-05..2024-04");
    Assessment a = new Analyst(OffenceTaxonomy.load(), AnalysisSettings.defaults())
        .assess(new AssessmentInputQuery(store).gather("E07000237", p, List.of(), 0));
    Path root = dir.resolve("bounded");
    try (Downloads d = new Downloads(root, db, new RenderQueue(1, 4, 60), 2)) {
      List<Path> made = new ArrayList<>();
      for (ReportWriter.Format f : List.of(ReportWriter.Format.CSV, ReportWriter.Format.JSON, ReportWriter.Format.HTML)) {
        made.add(d.file("E07000237", p.label(), f, () -> a).path());
      }
      assertThat(d.cachedFiles()).isEqualTo(2);
      // which file goes is Caffeine's choice (frequency and recency); that one goes from the disk too
      assertThat(made.stream().filter(Files::exists).count()).isEqualTo(2);
    }
  }

  @Test
  void aForcePageShowsItsCspsSideBySideAndComparesThemAll() throws Exception {
    HttpResponse<String> force = send("GET", "/forces/E23000016", HttpResponse.BodyHandlers.ofString());
    assertThat(force.statusCode()).isEqualTo(200);
    assertThat(force.body()).contains("<h1 class=\"govuk-heading-l\">West Mercia</h1>", "West Mercia's one CSP with data",
        "<a class=\"govuk-link\" href=\"/areas/E07000237\">Worcester</a>", "/compare?force=E23000016");
    HttpResponse<String> compare = send("GET", "/compare?force=E23000016", HttpResponse.BodyHandlers.ofString());
    assertThat(compare.statusCode()).isEqualTo(200);
    assertThat(compare.body()).contains("Worcester, ");
    HttpResponse<String> notForce = send("GET", "/forces/E07000237", HttpResponse.BodyHandlers.ofString());
    assertThat(notForce.statusCode()).isEqualTo(404);
    assertThat(notForce.body()).contains("force E07000237: not a police force area");
  }
}
