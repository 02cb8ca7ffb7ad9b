package org.strata.analysis;

import java.util.Locale;

/**
 * One requirement of the Crime and Disorder Act 1998 (s6) or the 2007 Regulations and whether this
 * assessment meets it: the section that does, or what data is missing and how to load it.
 *
 * @param source the legislation, e.g. "Crime and Disorder Act 1998, s6"
 * @param sectionId the report section that meets it, or empty when not met
 * @param note how it is met, or "not met: no data on X - load Y"
 */
public record ChecklistItem(
    String requirement, String source, Status status, String sectionId, String sectionTitle, String note) {
  /** Met, partly met (some of the data is missing) or not met. */
  public enum Status {
    MET,
    PARTLY_MET,
    NOT_MET;

    /** "Met", "Partly met", "Not met". */
    public String label() {
      String s = name().toLowerCase(Locale.ROOT).replace('_', ' ');
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
