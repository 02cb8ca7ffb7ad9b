package org.strata.ingest.policeuk.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A recorded answer of the stub API: status, headers and body. */
record Answer(int status, Map<String, String> headers, String body) {
  /** 200 with a recorded JSON file from this package's test resources. */
  static Answer json(String resource) {
    try (InputStream in = Answer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new Answer(200, Map.of(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 200 with a body written in the test. */
  static Answer text(String body) {
    return new Answer(200, Map.of(), body);
  }

  /** A status with a short HTML body, as police.uk's front servers send. */
  static Answer status(int status) {
    return new Answer(status, Map.of(), "<html><body>" + status + "</body></html>");
  }

  /** 429 asking the client to wait some seconds. */
  static Answer slowDown(int seconds) {
    return new Answer(429, Map.of("Retry-After", String.valueOf(seconds)), "Too Many Requests");
  }
}
