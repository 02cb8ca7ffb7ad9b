package org.strata.ingest.policeuk.api;

import java.util.Map;

/** {@code GET /api/crimes-street-dates}: the months with street-level crimes. Key: empty. */
final class DatesRoute extends ScriptedRoute {
  DatesRoute() {
    answer("", Answer.json("crimes-street-dates.json"));
  }

  @Override
  String key(String path, Map<String, String> params) {
    return "";
  }
}
