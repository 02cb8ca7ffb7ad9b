package org.strata.ingest.policeuk.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import org.strata.common.AppException;

/**
 * Sends requests to the police.uk API one at a time, paced, and retries a bounded number of times
 * with back-off when the API is busy (429) or failing (5xx) or does not answer. Any other answer
 * than 200 ends in an {@link AppException} naming the request and the status.
 */
final class ApiClient {
  static final int MAX_ATTEMPTS = 5;
  /** police.uk answers 400 to a GET longer than 4094 characters; longer requests go as POST. */
  static final int MAX_GET_LENGTH = 4000;

  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http;
  private final String base;
  private final Pacer pacer;
  private int requests;

  /** An answer: what was asked (for messages), the status and the body. */
  record Reply(String request, int status, String body) {}

  ApiClient(URI base, Pacer pacer) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String b = base.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.pacer = pacer;
  }

  /** The base URL, without a trailing slash. */
  String base() {
    return base;
  }

  /** Requests sent so far, retries included. */
  int requests() {
    return requests;
  }

  /** Gets {@code base + path}, whose answer must be 200. */
  Reply get(String path) {
    return send(path, "", false);
  }

  /**
   * Asks for {@code base + path} with a query: as GET, or as a form POST when the URL would be
   * too long for police.uk.
   *
   * @param tooManyIsAnswer return a 503 to the caller instead of retrying (crimes-street answers
   *     503 when an area holds more than 10,000 crimes)
   */
  Reply send(String path, String query, boolean tooManyIsAnswer) {
    String url = base + path + (query.isEmpty() ? "" : "?" + query);
    boolean post = url.length() > MAX_GET_LENGTH;
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(post ? base + path : url))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .header("User-Agent", "strata (Community Safety Partnership strategic assessments)");
    if (post) {
      b.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8));
    }
    String what = post ? "POST " + base + path : "GET " + url;
    return sendWithRetries(b.build(), what, tooManyIsAnswer);
  }

  private Reply sendWithRetries(HttpRequest request, String what, boolean tooManyIsAnswer) {
    for (int attempt = 1; ; attempt++) {
      pacer.await();
      requests++;
      HttpResponse<String> r;
      try {
        r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new AppException(
              what + ": expected an answer, found none after " + attempt + " attempts (" + e
                  + "); check the connection and --base-url, or try again later",
              e);
        }
        pacer.pause(backoff(attempt, OptionalLong.empty()));
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AppException(what + ": interrupted", e);
      }
      int status = r.statusCode();
      if (status == 200 || (status == 503 && tooManyIsAnswer)) {
        return new Reply(what, status, r.body());
      }
      boolean busy = status == 429 || status >= 500;
      if (!busy || attempt == MAX_ATTEMPTS) {
        throw failure(what, status, attempt);
      }
      pacer.pause(backoff(attempt, r.headers().firstValueAsLong("Retry-After")));
    }
  }

  /** Doubling from one second, or what Retry-After asks if longer; at most a minute. */
  static Duration backoff(int attempt, OptionalLong retryAfterSeconds) {
    Duration d = FIRST_BACKOFF.multipliedBy(1L << (attempt - 1));
    if (retryAfterSeconds.isPresent() && retryAfterSeconds.getAsLong() * 1000 > d.toMillis()) {
      d = Duration.ofSeconds(retryAfterSeconds.getAsLong());
    }
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  private static AppException failure(String what, int status, int attempts) {
    String hint =
        switch (status) {
          case 404 -> "; check the force id and that the month is published";
          case 400 -> "; the API refused the request as malformed";
          case 429 -> "; the API kept asking to slow down, try again later";
          default -> status >= 500 ? "; the API is failing, try again later" : "";
        };
    return new AppException(
        String.format(
            Locale.ROOT,
            "%s: expected HTTP 200, found %d%s%s",
            what,
            status,
            attempts > 1 ? " after " + attempts + " attempts" : "",
            hint));
  }
}
