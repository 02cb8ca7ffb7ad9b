package org.strata.common;

/** A request the user can correct: an unknown area, a malformed period, a missing option. */
public final class UsageException extends AppException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what was expected and what was found. */
  public UsageException(String message) {
    super(message);
  }
}
