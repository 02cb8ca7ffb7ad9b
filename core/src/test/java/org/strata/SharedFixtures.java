package org.strata;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data in {@code ../shared/fixtures} beside the repository. Tests using it skip
 * when it is absent, except in CI ({@code CI=true}), where a missing fixture fails the test.
 */
public final class SharedFixtures {
  /** The fixtures folder: the build sets {@code strata.shared.fixtures}; else {@code ../shared}. */
  public static final Path DIR =
      Path.of(System.getProperty("strata.shared.fixtures", "../shared/fixtures")).normalize();

  private SharedFixtures() {}

  /** A path under the fixtures folder; skips the calling test (fails it in CI) when absent. */
  public static Path require(String relative) {
    return requirePath(DIR.resolve(relative));
  }

  /** Returns the file, skipping the calling test (failing it in CI) when it does not exist. */
  public static Path requirePath(Path p) {
    if (!Files.exists(p) && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("shared fixture " + p + " is absent, and CI=true requires it");
    }
    assumeTrue(Files.exists(p), "shared fixture " + p + " is absent; skipping");
    return p;
  }
}
