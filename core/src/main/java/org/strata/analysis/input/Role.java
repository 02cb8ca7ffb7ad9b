package org.strata.analysis.input;

import java.util.Locale;

/** The part an area plays in an assessment: the subject itself or one of its comparators. */
public enum Role {
  SUBJECT,
  POLICE_FORCE_AREA,
  REGION,
  ENGLAND_AND_WALES,
  /** One peer district, as the store holds it. */
  PEER,
  /** The peers pooled into one comparator. */
  PEER_GROUP;

  /** The lower-case key the JSON uses, e.g. {@code police_force_area}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for every role but the subject. */
  public boolean isComparator() {
    return this != SUBJECT;
  }
}
