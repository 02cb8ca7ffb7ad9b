/** One reader per source format; structural validation, rejected-row quarantine and provenance. */
@NullMarked
package org.strata.ingest;

import org.jspecify.annotations.NullMarked;
