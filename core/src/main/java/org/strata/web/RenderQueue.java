package org.strata.web;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Expensive work of the dashboard (an assessment and its PDF, DOCX… for a new period) done on a
 * few worker threads instead of the request threads: at most {@code workers} at once, at most
 * {@code waiting} queued, the same key asked twice computed once. A request beyond the queue is
 * told to retry (503) at once, so renders cannot starve the pages.
 */
final class RenderQueue implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
  private final long timeoutSeconds;

  RenderQueue(int workers, int waiting, long timeoutSeconds) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(waiting),
        r -> {
          Thread t = new Thread(r, "strata-render-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    this.timeoutSeconds = timeoutSeconds;
  }

  /**
   * Runs the work for a key on a worker, or joins the run already under way for it, and waits.
   *
   * @throws HttpProblem 503 if the queue is full or the work takes longer than the timeout.
   */
  @SuppressWarnings("unchecked")
  <T> T run(String key, Callable<T> work) {
    Future<?> f;
    try {
      f = running.computeIfAbsent(key, k -> pool.submit(() -> {
        try {
          return work.call();
        } finally {
          running.remove(k);
        }
      }));
    } catch (RejectedExecutionException e) {
      throw busy("expected a free place in the download queue, found " + pool.getActiveCount() + " being made and "
          + pool.getQueue().size() + " waiting; retry in a few seconds");
    }
    try {
      return (T) f.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw busy("the download is still being made after " + timeoutSeconds + " s; retry in a few seconds");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy("interrupted while the download was being made");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static HttpProblem busy(String message) {
    return new HttpProblem(503, message);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
