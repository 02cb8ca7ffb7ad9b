/** Reference facts: areas and their hierarchy, offence taxonomies and crosswalk, harm weights, periods. */
@NullMarked
package org.strata.reference;

import org.jspecify.annotations.NullMarked;
