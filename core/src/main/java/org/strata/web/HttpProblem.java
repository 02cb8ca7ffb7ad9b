package org.strata.web;

/** A request the dashboard refuses: the HTTP status and a message safe to show the client. */
final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  HttpProblem(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static HttpProblem badRequest(String message) {
    return new HttpProblem(400, message);
  }

  static HttpProblem notFound(String message) {
    return new HttpProblem(404, message);
  }

  int status() {
    return status;
  }
}
