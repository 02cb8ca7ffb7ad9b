/** Readers for ONS police recorded crime tables by Community Safety Partnership, and CSV/XLSX/ODS tables. */
@NullMarked
package org.strata.ingest.ons;

import org.jspecify.annotations.NullMarked;
