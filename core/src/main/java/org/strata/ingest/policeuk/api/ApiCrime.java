package org.strata.ingest.policeuk.api;

import org.jspecify.annotations.Nullable;

/**
 * One crime or ASB incident as the API gives it, reduced to what the archive's CSV holds.
 * Coordinates are kept as the API writes them; a crime without a location has none.
 *
 * @param id the API's id, unique across the API (not a police reference); used to de-duplicate
 * @param category the all-crime slug, e.g. {@code violent-crime}
 * @param persistentId the 64-character crime id the archives use; empty for ASB
 * @param street the location name, e.g. "On or near High Street"; null when there is no location
 * @param outcome the latest outcome category, empty if none
 */
record ApiCrime(
    long id,
    String category,
    String persistentId,
    String month,
    @Nullable String latitude,
    @Nullable String longitude,
    @Nullable String street,
    String context,
    String outcome) {

  /** Whether the crime has coordinates. */
  boolean located() {
    return latitude != null && longitude != null;
  }

  /** The crime without its location, as crimes-no-location reports it. */
  ApiCrime withoutLocation() {
    return new ApiCrime(id, category, persistentId, month, null, null, null, context, outcome);
  }
}
