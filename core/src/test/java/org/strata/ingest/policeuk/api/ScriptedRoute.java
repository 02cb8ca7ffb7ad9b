package org.strata.ingest.policeuk.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A route of the stub API answering from a script: per request key, answers given in turn, the
 * last one repeating. Keys no script names get a 404 saying so, which fails the test visibly.
 */
abstract class ScriptedRoute implements HttpHandler {
  private final Map<String, Deque<Answer>> script = new HashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  /** Answers for a key, in turn. */
  final ScriptedRoute answer(String key, Answer... answers) {
    script.put(key, new ArrayDeque<>(List.of(answers)));
    return this;
  }

  /** The requests this route received: method and key. */
  final List<String> requests() {
    return List.copyOf(requests);
  }

  /** The key a request is answered by, from its decoded path and parameters (query or form). */
  abstract String key(String path, Map<String, String> params);

  @Override
  public final void handle(HttpExchange ex) throws IOException {
    String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String query = ex.getRequestURI().getRawQuery();
    Map<String, String> params = params(query == null ? form : query);
    String key = key(ex.getRequestURI().getPath(), params);
    requests.add(ex.getRequestMethod() + " " + key);
    Deque<Answer> answers = script.get(key);
    Answer a = answers == null ? new Answer(404, Map.of(), "no recorded answer for " + key)
        : answers.size() > 1 ? answers.poll() : answers.peek();
    a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(a.status(), body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> params(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
