package org.strata.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Checks every request before routing and labels every response: only GET and HEAD, bounded
 * request line, a rate limit per client, and security headers (a strict Content Security Policy
 * with no inline script or style).
 */
final class Guard {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'";
  private static final int MAX_URI = 2048;
  private final RateLimiter limiter;

  Guard(RateLimiter limiter) {
    this.limiter = limiter;
  }

  /** Runs before every handler. */
  void before(Context ctx) {
    headers(ctx);
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      ctx.header("Allow", "GET, HEAD");
      throw new HttpProblem(405, "method " + ctx.method() + ": expected GET (this server is read-only)");
    }
    String query = ctx.queryString();
    if (ctx.path().length() + (query == null ? 0 : query.length()) > MAX_URI) {
      throw new HttpProblem(414, "request: expected an address of at most " + MAX_URI + " characters");
    }
    if (!limiter.allow(ctx.ip())) {
      ctx.header("Retry-After", "1");
      throw new HttpProblem(429, "too many requests: slow down and retry in a second");
    }
  }

  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
  }
}
