package org.strata.ingest.policeuk.api;

import java.util.Map;

/** {@code GET /api/forces}: every force's id and name. Key: empty. */
final class ForcesRoute extends ScriptedRoute {
  ForcesRoute() {
    answer("", Answer.json("forces.json"));
  }

  @Override
  String key(String path, Map<String, String> params) {
    return "";
  }
}
