package org.strata.ingest.policeuk.api;

import java.util.Map;

/**
 * {@code GET /api/crimes-no-location?category=…&force=…&date=…}: a force's crimes without a
 * location. Key: {@code CATEGORY FORCE DATE}.
 */
final class CrimesNoLocationRoute extends ScriptedRoute {
  @Override
  String key(String path, Map<String, String> params) {
    return params.get("category") + " " + params.get("force") + " " + params.get("date");
  }
}
