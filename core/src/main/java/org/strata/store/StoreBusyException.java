package org.strata.store;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strata.common.AppException;

/**
 * The store is held by another process that writes it (DuckDB allows one writing process or many
 * reading ones). The message names that process without DuckDB's own text.
 */
public final class StoreBusyException extends AppException {
  private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (\\S+) \\(PID (\\d+)\\)");
  private static final long serialVersionUID = 1L;
  private final String holder;

  StoreBusyException(String location, SQLException cause) {
    super("store " + location + " is in use by another process (" + holder(cause.getMessage()) + ")", cause);
    this.holder = holder(cause.getMessage());
  }

  /** The other process as "java, PID 1234", or "unknown process". */
  public String holder() {
    return holder;
  }

  static boolean isLockConflict(SQLException e) {
    String m = e.getMessage();
    return m != null && (m.contains("Could not set lock") || m.contains("Conflicting lock"));
  }

  static String holder(String message) {
    Matcher m = HOLDER.matcher(message == null ? "" : message);
    if (!m.find()) {
      return "unknown process";
    }
    String program = m.group(1);
    int slash = program.lastIndexOf('/');
    return program.substring(slash + 1) + ", PID " + m.group(2);
  }
}
