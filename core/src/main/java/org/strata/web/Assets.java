package org.strata.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strata.common.AppException;

/**
 * The static files the pages use, served from the jar by a fixed list of names: GOV.UK Frontend
 * from its WebJar and the dashboard's own stylesheet and script. No path from the request ever
 * reaches the class path or the file system.
 */
final class Assets {
  /** The GOV.UK Frontend version of the WebJar on the class path. */
  static final String GOVUK_VERSION = "5.14.0";

  private static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/" + GOVUK_VERSION + "/dist/govuk/";
  private static final String OWN = "org/strata/web/";
  private final Map<String, Asset> assets = new LinkedHashMap<>();

  private record Asset(byte[] bytes, String type) {}

  Assets() {
    add("/assets/govuk-frontend.min.css", GOVUK + "govuk-frontend.min.css", "text/css");
    add("/assets/govuk-frontend.min.js", GOVUK + "govuk-frontend.min.js", "text/javascript");
    add("/assets/images/favicon.svg", GOVUK + "assets/images/favicon.svg", "image/svg+xml");
    add("/assets/strata.css", OWN + "strata.css", "text/css");
    add("/assets/strata.js", OWN + "strata.js", "text/javascript");
  }

  private void add(String route, String resource, String type) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AppException("dashboard asset missing from the jar: " + resource);
      }
      assets.put(route, new Asset(in.readAllBytes(), type));
    } catch (IOException e) {
      throw new AppException("cannot read dashboard asset " + resource, e);
    }
  }

  void register(Javalin app) {
    for (String route : assets.keySet()) {
      PageRoutes.get(app, route, ctx -> serve(ctx, assets.get(route)));
    }
  }

  private static void serve(Context ctx, Asset a) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(a.type() + (a.type().startsWith("text/") ? "; charset=utf-8" : "")).result(a.bytes());
  }
}
