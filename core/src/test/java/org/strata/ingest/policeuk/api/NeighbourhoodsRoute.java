package org.strata.ingest.policeuk.api;

import java.util.Map;

/** {@code GET /api/FORCE/neighbourhoods}: a force's neighbourhoods. Key: the force id. */
final class NeighbourhoodsRoute extends ScriptedRoute {
  NeighbourhoodsRoute() {
    answer("west-mercia", Answer.json("neighbourhoods.json"));
  }

  @Override
  String key(String path, Map<String, String> params) {
    return path.split("/")[2];
  }
}
