package org.strata.ingest.policeuk.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;

/** The police.uk API on a loopback port, one scripted route per endpoint. */
final class StubApi implements AutoCloseable {
  final ForcesRoute forces = new ForcesRoute();
  final DatesRoute dates = new DatesRoute();
  final NeighbourhoodsRoute neighbourhoods = new NeighbourhoodsRoute();
  final BoundaryRoute boundaries = new BoundaryRoute();
  final CrimesStreetRoute street = new CrimesStreetRoute();
  final CrimesNoLocationRoute noLocation = new CrimesNoLocationRoute();
  private final HttpServer server;

  static {
    // Headers and body go in separate writes; without this, Nagle and delayed ACKs add 40 ms each.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  StubApi() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/api/forces", forces);
    server.createContext("/api/crimes-street-dates", dates);
    server.createContext("/api/west-mercia/neighbourhoods", neighbourhoods);
    // The longest matching context wins, so this one takes only the boundary paths.
    server.createContext("/api/west-mercia/", boundaries);
    server.createContext("/api/crimes-street/all-crime", street);
    server.createContext("/api/crimes-no-location", noLocation);
    server.start();
  }

  /** The base URL, as {@code --base-url} takes it. */
  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
