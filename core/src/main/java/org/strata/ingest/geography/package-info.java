/** Reads user-declared geography: districts, CSPs, forces and regions beside the reference ones. */
@NullMarked
package org.strata.ingest.geography;

import org.jspecify.annotations.NullMarked;
