package org.strata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real public data in {@code ../shared/fixtures}; tests using it skip when it is absent. */
public final class SharedFixtures {
  private static final Path ROOT = Path.of("..", "shared", "fixtures");

  private SharedFixtures() {}

  /** A path under the fixtures folder; skips the calling test when it does not exist. */
  public static Path require(String relative) {
    Path p = ROOT.resolve(relative);
    assumeTrue(Files.exists(p), "shared fixture " + p + " is absent; skipping");
    return p;
  }
}
