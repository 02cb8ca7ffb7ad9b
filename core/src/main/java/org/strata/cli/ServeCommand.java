package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.strata.common.UsageException;
import org.strata.store.StoreReader;
import org.strata.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata serve}: the dashboard and JSON API over a store, read-only, until stopped. */
@Command(name = "serve", description = "Serve the dashboard and JSON API over a store (read-only).", mixinStandardHelpOptions = true)
final class ServeCommand implements Runnable {
  /** How long a page waits while an ingest holds the store before it answers 503. */
  private static final long READ_WAIT_MS = 5_000;

  @Mixin StoreOption store;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST", description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "TCP port, 0 for any free port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--rate-limit", defaultValue = "50", paramLabel = "N", description = "requests a second allowed per client, bursts of twice that; 0 for none (default: ${DEFAULT-VALUE})")
  int rateLimit;

  @Option(names = "--cache-dir", paramLabel = "DIR", description = "where downloads are made and kept (default: strata-web under the system temp folder)")
  Path cacheDir;

  @Option(names = "--boundaries", split = ",", paramLabel = "FILE", description = "TopoJSON or GeoJSON LSOA or district boundaries for choropleths on the map page")
  List<Path> boundaries = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port " + port + ": expected 0 to 65535");
    }
    if (rateLimit < 0) {
      throw new UsageException("--rate-limit " + rateLimit + ": expected 0 or more");
    }
    for (Path f : boundaries) {
      if (!Files.isRegularFile(f)) {
        throw new UsageException("--boundaries " + f + ": no such file");
      }
    }
    WebServer.Options defaults = WebServer.Options.defaults(port);
    WebServer.Options options = new WebServer.Options(host, port, rateLimit,
        cacheDir == null ? defaults.cacheRoot() : cacheDir, boundaries);
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    StoreReader reader = StoreReader.open(store.db, READ_WAIT_MS);
    try (WebServer server = WebServer.start(reader, store.db, options)) {
      String shown = host.contains(":") ? "[" + host + "]" : host;
      out.println("serving " + store.db + " at http://" + shown + ":" + server.port() + "/ (read-only; strata ingest may load meanwhile; Ctrl+C stops)");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }));
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
