package org.strata.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of the store's queries kept for the life of a batch, shared by the connections of one
 * store: every CSP of a force asks for the same force, region and England and Wales counts, so each
 * is read once. Only for a store no one writes while it is open (a batch opens it read-only).
 * Two threads may compute the same answer at once; both get equal values and one is kept.
 */
final class ReadCache {
  private final Map<List<Object>, Object> answers = new ConcurrentHashMap<>();

  /** The answer for a key, computed on first use (not under a lock: computations may nest). */
  @SuppressWarnings("unchecked")
  <T> T get(List<Object> key, Supplier<T> compute) {
    Object v = answers.get(key);
    if (v == null) {
      v = compute.get();
      Object before = answers.putIfAbsent(key, v);
      if (before != null) {
        v = before;
      }
    }
    return (T) v;
  }

  /** How many answers are held. */
  int size() {
    return answers.size();
  }
}
