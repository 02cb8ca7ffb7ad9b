/** Reader for ONS mid-year population estimates. */
@NullMarked
package org.strata.ingest.population;

import org.jspecify.annotations.NullMarked;
