package org.strata.ingest.policeuk.api;

import java.util.Map;

/** {@code GET /api/FORCE/NEIGHBOURHOOD/boundary}: its corners. Key: the neighbourhood id. */
final class BoundaryRoute extends ScriptedRoute {
  BoundaryRoute() {
    answer("NA1", Answer.json("boundary-na1.json"));
    answer("NB 2", Answer.json("boundary-nb2.json"));
  }

  @Override
  String key(String path, Map<String, String> params) {
    String[] parts = path.split("/");
    return parts.length == 5 && parts[4].equals("boundary") ? parts[3] : path;
  }
}
