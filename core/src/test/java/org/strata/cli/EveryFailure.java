package org.strata.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Lets a fuzz property run all its tries instead of stopping at the first failure: each falsified
 * try is noted with its parameters (the seed that replays it) and the property fails at the end,
 * listing them all. Shrinking a seed would only pick another damage, so nothing is lost. Prints one
 * line per property: tries, failures and seconds, the figures of {@code docs/bad-input.md}.
 */
final class EveryFailure implements AroundPropertyHook, AroundTryHook {
  private static final int LISTED = 25;
  private static final List<String> FAILURES = new ArrayList<>();
  private static String firstTrace = "";

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    FAILURES.clear();
    firstTrace = "";
    long start = System.nanoTime();
    PropertyExecutionResult result = property.execute();
    double seconds = (System.nanoTime() - start) / 1e9;
    String name = context.targetMethod().getName();
    System.out.printf(Locale.ROOT, "fuzz %s: %,d tries, %d failures, %.1f s%n", name, result.countTries(),
        FAILURES.size(), seconds);
    if (FAILURES.isEmpty()) {
      return result;
    }
    StringBuilder message = new StringBuilder(name + ": " + FAILURES.size() + " of " + result.countTries()
        + " tries failed");
    FAILURES.stream().limit(LISTED).forEach(f -> message.append("\n  ").append(f));
    System.out.println(message + "\nfirst failure:\n" + firstTrace);
    return result.mapToFailed(new AssertionError(message.toString()));
  }

  @Override
  public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
    TryExecutionResult result = aTry.execute(parameters);
    if (!result.isFalsified()) {
      return result;
    }
    Throwable t = result.throwable().orElse(new AssertionError("falsified"));
    String text = t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).replaceAll("\\s+", " ").strip();
    FAILURES.add("seed " + parameters + ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
    if (firstTrace.isEmpty()) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      firstTrace = trace.toString().lines().limit(30).map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l)
          .reduce("", (a, b) -> a + b + "\n");
    }
    return TryExecutionResult.satisfied();
  }
}
