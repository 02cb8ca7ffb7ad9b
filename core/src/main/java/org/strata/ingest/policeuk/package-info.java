/** Finds and structurally checks data.police.uk street-level CSVs in files, folders and archives. */
@NullMarked
package org.strata.ingest.policeuk;

import org.jspecify.annotations.NullMarked;
