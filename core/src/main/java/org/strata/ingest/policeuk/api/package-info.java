/**
 * Fetches street-level crimes for a force and months from the data.police.uk web API and writes
 * them as the archive's street-level CSVs, so they load through the same checks as downloads.
 */
@NullMarked
package org.strata.ingest.policeuk.api;

import org.jspecify.annotations.NullMarked;
