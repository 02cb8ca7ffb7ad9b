package org.strata.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strata.store.StoreReader;

/**
 * The dashboard and JSON API over a store opened read-only: GET only, every data value escaped,
 * static files from a fixed list, errors as JSON (API) or a page, never a stack trace.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final long MAX_REQUEST_BYTES = 16 * 1024;
  private static final int MAX_HEADER_BYTES = 8 * 1024;
  private final Javalin app;

  /**
   * How to serve.
   *
   * @param host address to bind (127.0.0.1 unless the user asks otherwise)
   * @param port TCP port, 0 for any free port
   * @param requestsPerSecond average requests a second allowed per client address, 0 for no limit
   * @param cacheRoot folder for report files made on demand
   * @param boundaries TopoJSON or GeoJSON files of LSOA or district boundaries for choropleths on
   *     the map page; empty for the point map only
   */
  public record Options(String host, int port, int requestsPerSecond, Path cacheRoot, List<Path> boundaries) {
    /** Copies the boundaries. */
    public Options {
      boundaries = List.copyOf(boundaries);
    }

    /** Options without boundaries. */
    public Options(String host, int port, int requestsPerSecond, Path cacheRoot) {
      this(host, port, requestsPerSecond, cacheRoot, List.of());
    }

    /** Loopback, the given port, 50 requests a second per client, a cache under the system temp. */
    public static Options defaults(int port) {
      return new Options("127.0.0.1", port, 50, Path.of(System.getProperty("java.io.tmpdir"), "strata-web"));
    }
  }

  private WebServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving a store.
   *
   * @param store the store, opened read-only by the caller, who closes it after the server
   * @param storeFile the store's file, whose size and modification time key the download cache
   * @throws org.strata.common.BadInputException if a boundaries file is not TopoJSON or GeoJSON.
   */
  public static WebServer start(StoreReader store, Path storeFile, Options options) {
    BoundaryMaps maps = options.boundaries().isEmpty() ? BoundaryMaps.none() : BoundaryMaps.read(options.boundaries());
    Dashboard dashboard = new Dashboard(store);
    Guard guard = new Guard(new RateLimiter(options.requestsPerSecond(), System::nanoTime));
    Assets assets = new Assets();
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.http.prefer405over404 = true;
      config.router.ignoreTrailingSlashes = true;
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPages()));
    });
    app.before(guard::before);
    app.before(ctx -> dashboard.refreshIfChanged());
    app.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), message(e.getStatus())));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} failed", ctx.path(), e);
      problem(ctx, 500, "the server could not answer this request; see the server log");
    });
    assets.register(app);
    new ApiRoutes(dashboard).register(app);
    Downloads downloads = new Downloads(options.cacheRoot(), storeFile);
    dashboard.onChange(downloads::clear);
    new PageRoutes(dashboard, downloads, maps).register(app);
    app.events(e -> e.serverStopped(downloads::close));
    app.start(options.host(), options.port());
    return new WebServer(app);
  }

  private static String message(int status) {
    return switch (status) {
      case 404 -> "no page at this address";
      case 405 -> "method not allowed: this server is read-only and answers GET only";
      case 413 -> "request too large";
      default -> "the request cannot be served";
    };
  }

  private static void problem(Context ctx, int status, String message) {
    Guard.headers(ctx);
    ctx.status(status);
    if (status == 503) {
      ctx.header("Retry-After", "5");
    }
    if (ctx.path().startsWith("/api/")) {
      ApiRoutes.send(ctx, status, Map.of("error", message));
    } else {
      PageRoutes.html(ctx, PageRoutes.errorPage(status, message));
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Stops the server (the store stays open). */
  @Override
  public void close() {
    app.stop();
  }
}
