package org.strata.cli;

import org.jspecify.annotations.Nullable;
import org.strata.common.UsageException;
import picocli.CommandLine.Option;

/** The {@code --lock-wait SECONDS} option of the commands that read the store while another may write it. */
final class LockWaitOption {
  @Option(names = "--lock-wait", paramLabel = "SECONDS",
      description = "how long to wait while another process writes the store (default: STRATA_LOCK_WAIT, else 30)")
  @Nullable Integer seconds;

  /**
   * The seconds given, else {@code STRATA_LOCK_WAIT}'s, else 30.
   *
   * @throws UsageException if the seconds given are negative, or STRATA_LOCK_WAIT is not a number.
   */
  long seconds() {
    if (seconds == null) {
      return StoreAccess.waitSeconds();
    }
    if (seconds < 0) {
      throw new UsageException("--lock-wait " + seconds + ": expected 0 or more seconds");
    }
    return seconds;
  }
}
