package org.strata.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: each client may send {@code perSecond} requests a second on
 * average and bursts of twice that. A rate of zero turns the limit off.
 */
final class RateLimiter {
  private static final int MAX_CLIENTS = 10_000;
  private final double perSecond;
  private final double burst;
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(int perSecond, LongSupplier nanos) {
    this.perSecond = perSecond;
    this.burst = 2.0 * perSecond;
    this.nanos = nanos;
  }

  /** True when the client may go ahead; takes one token. */
  boolean allow(String client) {
    if (perSecond <= 0) {
      return true;
    }
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear(); // many clients at once: start every bucket full rather than grow without bound
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(burst, nanos.getAsLong())).take(this);
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    synchronized boolean take(RateLimiter l) {
      long now = l.nanos.getAsLong();
      tokens = Math.min(l.burst, tokens + (now - last) / 1e9 * l.perSecond);
      last = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }
  }
}
