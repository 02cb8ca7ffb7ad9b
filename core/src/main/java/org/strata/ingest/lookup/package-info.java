/** Reads LSOA-to-district lookups, which place police.uk rows exactly instead of by LSOA name. */
@NullMarked
package org.strata.ingest.lookup;

import org.jspecify.annotations.NullMarked;
