package org.strata.ingest.policeuk.api;

import java.util.Map;

/**
 * {@code GET|POST /api/crimes-street/all-crime?poly=…&date=…}: crimes inside a polygon. Key:
 * {@code DATE POLY}.
 */
final class CrimesStreetRoute extends ScriptedRoute {
  @Override
  String key(String path, Map<String, String> params) {
    return params.get("date") + " " + params.get("poly");
  }
}
