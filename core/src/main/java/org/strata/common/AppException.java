package org.strata.common;

import org.jspecify.annotations.Nullable;

/** Root of every exception Strata raises on purpose; the CLI prints its message as one line. */
public class AppException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message for the user and an optional cause. */
  public AppException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** Creates an exception with a message for the user. */
  public AppException(String message) {
    super(message);
  }
}
