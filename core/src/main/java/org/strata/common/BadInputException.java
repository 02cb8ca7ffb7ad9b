package org.strata.common;

import org.jspecify.annotations.Nullable;

/**
 * Input whose structure is wrong: the file is refused whole. The message has the shape {@code
 * FILE:LINE: expected …, found …}.
 */
public final class BadInputException extends AppException {
  private static final long serialVersionUID = 1L;
  private final transient SourcePosition position;

  /** Creates the exception for a problem at a position, keeping the cause if any. */
  public BadInputException(SourcePosition position, String problem, @Nullable Throwable cause) {
    super(position + ": " + problem, cause);
    this.position = position;
  }

  /** Creates the exception for a problem at a position. */
  public BadInputException(SourcePosition position, String problem) {
    this(position, problem, null);
  }

  /** Where the problem was found. */
  public SourcePosition position() {
    return position;
  }
}
