package org.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.cli.StrataCommand;
import org.strata.store.StoreReader;

/** The dashboard holds no connection between requests: an ingest runs meanwhile and its data shows. */
class ServeWhileIngestTest {
  @TempDir Path dir;

  @Test
  void anIngestWhileServingSucceedsAndTheDashboardShowsItsData() throws Exception {
    Path db = TestStore.build(dir);
    HttpClient http = HttpClient.newHttpClient();
    try (WebServer server = WebServer.start(StoreReader.open(db, 2_000), db,
        new WebServer.Options("127.0.0.1", 0, 0, dir.resolve("cache")))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpRequest areas = HttpRequest.newBuilder(URI.create(base + "/api/areas?q=Cannock")).build();
      assertThat(http.send(areas, HttpResponse.BodyHandlers.ofString()).body()).doesNotContain("E07000192");
      Path pop = Files.writeString(dir.resolve("cannock.csv"),
          "area_code,area_name,year,persons\nE07000192,Cannock Chase,2023,102838\n");
      assertThat(StrataCommand.commandLine().execute("ingest", "population", pop.toString(), "--db", db.toString()))
          .isZero();
      HttpResponse<String> after = http.send(areas, HttpResponse.BodyHandlers.ofString());
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.body()).contains("\"code\" : \"E07000192\"");
    }
  }
}
